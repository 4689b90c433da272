import { beforeEach, expect, it } from "vitest";
import { clearGradedExamples, EXAMPLES_TTL_MS, loadGradedExamples } from "@/lib/review/load-graded-examples";
import { recordReview } from "@/lib/review/record-review";
import { revealCard } from "@/lib/review/reveal-card";
import { describeDb, useTestDb } from "../support/test-db";
import { keyMaker, makeUser } from "../support/seed";

const t0 = new Date("2026-02-02T09:00:00Z");
const k = keyMaker("ex");

describeDb("graded examples from reviews", () => {
  const t = useTestDb({ chapters: ["content/01-containers-and-images.txt"] });
  beforeEach(() => clearGradedExamples());

  async function interviewCard(userId: string) {
    return t.db.card.findFirstOrThrow({
      where: { userId, question: { kind: "interview", prompt: { contains: "digests" } } },
      select: {
        id: true,
        questionId: true,
        question: { select: { id: true, authorExamples: true, modelAnswer: true } },
      },
    });
  }

  it("collects typed answers with their chosen rating as the grade, from every user, skipping undone and untyped reviews", async () => {
    const [a, b] = [await makeUser(t.db), await makeUser(t.db)];
    const ca = await interviewCard(a.id);
    const cb = await interviewCard(b.id);
    expect(ca.questionId).toBe(cb.questionId);
    const ra = await recordReview(
      t.db,
      a,
      { cardId: ca.id, rating: 3, answer: "digests pin one artifact", idempotencyKey: k() },
      t0,
    );
    expect(ra.status).toBe("ok");
    expect(await t.db.reviewLog.count({ where: { cardId: ca.id } })).toBe(1);
    await recordReview(t.db, b, { cardId: cb.id, rating: 1, answer: "tags are fine", idempotencyKey: k() }, t0);
    const cb2 = await t.db.card.findUniqueOrThrow({ where: { id: cb.id }, select: { version: true } });
    await recordReview(
      t.db,
      b,
      { cardId: cb.id, rating: 2, expectedVersion: cb2.version, idempotencyKey: k() },
      new Date(t0.getTime() + 60_000),
    );
    // An undone review is no example.
    await t.db.reviewLog.updateMany({ where: { userId: b.id, answer: "tags are fine" }, data: { undone: true } });

    // recordReview itself loaded (and cached) the examples before its own log was written.
    clearGradedExamples();
    const examples = await loadGradedExamples(t.db, ca.question, t0.getTime());
    expect(
      examples.map((e) => [e.answer, e.grade, e.labeller === a.id ? "a" : e.labeller === b.id ? "b" : "?"]),
    ).toEqual([["digests pin one artifact", 4, "a"]]);
  });

  it("includes the author's examples from the question row", async () => {
    const u = await makeUser(t.db);
    const c = await interviewCard(u.id);
    await t.db.question.update({
      where: { id: c.questionId },
      data: { authorExamples: JSON.stringify([{ answer: "digest = fixed artifact", grade: 5 }]) },
    });
    const q = await t.db.question.findUniqueOrThrow({
      where: { id: c.questionId },
      select: { id: true, authorExamples: true },
    });
    const examples = await loadGradedExamples(t.db, q, t0.getTime() + 10 * EXAMPLES_TTL_MS);
    expect(examples[0]).toEqual({ answer: "digest = fixed artifact", grade: 5, source: "author" });
  });

  it("the reveal never returns other users' answers", async () => {
    const [a, b] = [await makeUser(t.db), await makeUser(t.db)];
    const ca = await interviewCard(a.id);
    const cb = await interviewCard(b.id);
    const secret = "other-user-private-answer digests pin artifacts";
    for (let i = 0; i < 3; i++) {
      const v = await t.db.card.findUniqueOrThrow({ where: { id: ca.id }, select: { version: true } });
      await recordReview(
        t.db,
        a,
        { cardId: ca.id, rating: 4, answer: `${secret} ${i}`, expectedVersion: v.version, idempotencyKey: k() },
        new Date(t0.getTime() + i * 86_400_000),
      );
    }
    clearGradedExamples();
    const reveal = await revealCard(t.db, b.id, cb.id, "digests pin artifacts");
    expect(reveal?.score).toBeTruthy();
    expect(JSON.stringify(reveal)).not.toContain("other-user-private-answer");
    expect(reveal?.score?.examplesUsed).toBeGreaterThanOrEqual(3);
  });
});
