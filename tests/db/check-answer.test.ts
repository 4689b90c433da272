import { beforeAll, expect, it } from "vitest";
import { checkAnswer } from "@/lib/review/check-answer";
import { recordReview } from "@/lib/review/record-review";
import { REVIEW_USER_SELECT } from "@/lib/users/review-user-select";
import { describeDb, useTestDb } from "../support/test-db";
import { importChapters, makeUser } from "../support/seed";

const now = new Date("2026-03-03T10:00:00Z");

describeDb("checking an answer before rating", () => {
  const t = useTestDb();
  beforeAll(async () => {
    await importChapters(t.db, ["tests/fixtures/content/01-containers-and-images.md"]);
  });
  const user = async () =>
    t.db.user.findUniqueOrThrow({ where: { id: (await makeUser(t.db)).id }, select: REVIEW_USER_SELECT });
  // Everything a check could conceivably write, per user.
  const snapshot = async (userId: string) => ({
    logs: await t.db.reviewLog.count({ where: { userId } }),
    cards: await t.db.card.findMany({
      where: { userId },
      orderBy: { id: "asc" },
      select: { id: true, version: true, due: true, state: true, reps: true },
    }),
    days: await t.db.dailyActivity.findMany({ where: { userId } }),
    totals: await t.db.activityTotal.findMany({ where: { userId } }),
    actions: await t.db.cardActionLog.count({ where: { userId } }),
  });

  it("judges the answer like the review screen and records nothing", async () => {
    const u = await user();
    const card = await t.db.card.findFirstOrThrow({
      where: { userId: u.id, question: { kind: "interview", wrongAnswer: { not: null } } },
      select: { id: true, question: { select: { modelAnswer: true, wrongAnswer: true } } },
    });
    // A review first, so the card has a history a write would show up against.
    expect(
      (await recordReview(t.db, u, { cardId: card.id, rating: 3, idempotencyKey: `chk-${process.pid}` }, now)).status,
    ).toBe("ok");
    const before = await snapshot(u.id);

    const good = await checkAnswer(t.db, u, card.id, card.question.modelAnswer, 20, now);
    expect(good).toMatchObject({
      verdict: "correct",
      reference: card.question.modelAnswer,
      wrongAnswer: card.question.wrongAnswer,
    });
    expect(good!.score).toBeGreaterThanOrEqual(70);
    expect(good!.suggestedRating).toBeGreaterThanOrEqual(3);
    expect(good!.concepts.length).toBeGreaterThan(0);
    expect(typeof good!.feedback).toBe("string");
    expect(Object.keys(good!.intervals)).toEqual(["1", "2", "3", "4"]);
    expect(good!.intervals[1]).toMatch(/^\d+(\.\d)?(m|h|d|mo|y)$/);

    const wrong = await checkAnswer(t.db, u, card.id, card.question.wrongAnswer!, undefined, now);
    expect(wrong).toMatchObject({ verdict: "common-wrong-answer", suggestedRating: 1 });
    const empty = await checkAnswer(t.db, u, card.id, "   ", undefined, now);
    expect(empty).toMatchObject({ score: null, verdict: "empty", suggestedRating: null, concepts: [] });

    expect(await snapshot(u.id)).toEqual(before);
  });

  it("answers null (the route's 404) for another user's card", async () => {
    const a = await user();
    const b = await user();
    const theirs = await t.db.card.findFirstOrThrow({ where: { userId: b.id }, select: { id: true } });
    expect(await checkAnswer(t.db, a, theirs.id, "anything", undefined, now)).toBeNull();
  });
});
