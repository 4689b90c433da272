import { expect, it } from "vitest";
import { createEmptyCard, fsrs, generatorParameters } from "ts-fsrs";
import { recordReview } from "@/lib/review/record-review";
import { undoLastReview } from "@/lib/review/undo-review";
import { applyCardAction } from "@/lib/review/card-actions";
import { getQueue } from "@/lib/review/get-queue";
import { describeDb, useTestDb } from "../support/test-db";
import { keyMaker, makeUser } from "../support/seed";

const t0 = new Date("2026-02-02T09:00:00Z");
const later = (min: number) => new Date(t0.getTime() + min * 60_000);
const k = keyMaker("key");

describeDb("daily review", () => {
  const t = useTestDb({ chapters: ["content/01-containers-and-images.txt"] });

  it("moves a card exactly as ts-fsrs does and logs every field", async () => {
    const user = await makeUser(t.db);
    const card = await t.db.card.findFirstOrThrow({ where: { userId: user.id }, orderBy: { newOrder: "asc" } });
    // The card was created at sign-up (now); align its due with t0 for the reference run.
    await t.db.card.update({ where: { id: card.id }, data: { due: t0 } });
    const r = await recordReview(t.db, user, { cardId: card.id, rating: 3, idempotencyKey: k() }, t0);
    expect(r.status).toBe("ok");

    const f = fsrs(
      generatorParameters({
        request_retention: 0.9,
        enable_fuzz: true,
        enable_short_term: true,
        learning_steps: ["1m", "10m"],
        relearning_steps: ["10m"],
      }),
    );
    const expected = f.next(createEmptyCard(t0), t0, 3);
    const row = await t.db.card.findUniqueOrThrow({ where: { id: card.id } });
    expect(row.due.toISOString()).toBe(expected.card.due.toISOString());
    expect(row.stability).toBeCloseTo(expected.card.stability, 10);
    expect(row.difficulty).toBeCloseTo(expected.card.difficulty, 10);
    expect([row.state, row.reps, row.learningSteps, row.version]).toEqual([
      expected.card.state,
      1,
      expected.card.learning_steps,
      1,
    ]);
    const log = await t.db.reviewLog.findFirstOrThrow({ where: { cardId: card.id } });
    expect([log.rating, log.state, log.review.toISOString(), log.source]).toEqual([3, 0, t0.toISOString(), "daily"]);
  });

  it("scores a typed answer and stores suggested and chosen rating", async () => {
    const user = await makeUser(t.db);
    const card = await t.db.card.findFirstOrThrow({
      where: { userId: user.id, question: { kind: "interview" } },
      include: { question: true },
    });
    const r = await recordReview(
      t.db,
      user,
      { cardId: card.id, rating: 4, answer: card.question.modelAnswer, durationMs: 20_000, idempotencyKey: k() },
      t0,
    );
    expect(r.status).toBe("ok");
    const log = await t.db.reviewLog.findFirstOrThrow({ where: { cardId: card.id } });
    expect(log.answer).toBe(card.question.modelAnswer);
    expect(log.score).toBeGreaterThanOrEqual(80);
    expect(log.verdict).toBe("correct");
    expect(log.suggestedRating).toBeGreaterThanOrEqual(3);
    expect(log.rating).toBe(4);
  });

  it("counts a retried request once and returns the first result", async () => {
    const user = await makeUser(t.db);
    const card = await t.db.card.findFirstOrThrow({ where: { userId: user.id } });
    const input = { cardId: card.id, rating: 3 as const, idempotencyKey: k() };
    const first = await recordReview(t.db, user, input, t0);
    const retry = await recordReview(t.db, user, { ...input, rating: 1 }, later(1));
    expect(first.status).toBe("ok");
    expect(retry).toEqual(first.status === "ok" ? { status: "ok", review: { ...first.review, replayed: true } } : null);
    expect(await t.db.reviewLog.count({ where: { cardId: card.id } })).toBe(1);
    expect((await t.db.dailyActivity.findFirstOrThrow({ where: { userId: user.id } })).reviews).toBe(1);
  });

  it("counts concurrent retries of one request once", async () => {
    const user = await makeUser(t.db);
    const card = await t.db.card.findFirstOrThrow({ where: { userId: user.id } });
    const input = { cardId: card.id, rating: 3 as const, idempotencyKey: k() };
    const results = await Promise.all(Array.from({ length: 5 }, () => recordReview(t.db, user, input, t0)));
    expect(results.every((r) => r.status === "ok")).toBe(true);
    expect(new Set(results.map((r) => (r.status === "ok" ? r.review.logId : "")).values()).size).toBe(1);
    expect(await t.db.reviewLog.count({ where: { cardId: card.id } })).toBe(1);
    expect((await t.db.card.findUniqueOrThrow({ where: { id: card.id } })).version).toBe(1);
  });

  it("lets one of two tabs win and tells the other the card was already reviewed", async () => {
    const user = await makeUser(t.db);
    const card = await t.db.card.findFirstOrThrow({ where: { userId: user.id } });
    const [a, b] = await Promise.all([
      recordReview(t.db, user, { cardId: card.id, rating: 3, idempotencyKey: k(), expectedVersion: 0 }, t0),
      recordReview(t.db, user, { cardId: card.id, rating: 1, idempotencyKey: k(), expectedVersion: 0 }, t0),
    ]);
    expect([a.status, b.status].sort()).toEqual(["conflict", "ok"]);
    const loser = a.status === "conflict" ? a : b;
    expect(loser.status === "conflict" && loser.message).toMatch(/already reviewed/);
    expect(await t.db.reviewLog.count({ where: { cardId: card.id } })).toBe(1);
    expect((await t.db.card.findUniqueOrThrow({ where: { id: card.id } })).version).toBe(1);
  });

  it("never touches another user's card", async () => {
    const owner = await makeUser(t.db);
    const intruder = await makeUser(t.db);
    const card = await t.db.card.findFirstOrThrow({ where: { userId: owner.id } });
    expect(await recordReview(t.db, intruder, { cardId: card.id, rating: 3, idempotencyKey: k() }, t0)).toEqual({
      status: "not-found",
    });
    expect(await applyCardAction(t.db, intruder, card.id, "suspend", t0)).toBeNull();
    expect(await t.db.card.findUniqueOrThrow({ where: { id: card.id } })).toMatchObject({
      version: 0,
      suspended: false,
    });
  });

  it("undoes the last review: the card is back as it was, the log kept and marked", async () => {
    const user = await makeUser(t.db);
    const before = await t.db.card.findFirstOrThrow({ where: { userId: user.id } });
    await recordReview(t.db, user, { cardId: before.id, rating: 3, idempotencyKey: k() }, t0);
    expect(await undoLastReview(t.db, user)).toEqual({ status: "ok", cardId: before.id });
    const after = await t.db.card.findUniqueOrThrow({ where: { id: before.id } });
    expect({ ...after, version: 0, updatedAt: null }).toEqual({ ...before, version: 0, updatedAt: null });
    expect(await t.db.reviewLog.findFirstOrThrow({ where: { cardId: before.id } })).toMatchObject({ undone: true });
    expect((await t.db.dailyActivity.findFirstOrThrow({ where: { userId: user.id } })).reviews).toBe(0);
    expect(await undoLastReview(t.db, user)).toEqual({ status: "nothing-to-undo" });
  });

  it("tags and suspends a leech after the configured number of lapses", async () => {
    const user = { ...(await makeUser(t.db)), leechThreshold: 2 };
    const card = await t.db.card.findFirstOrThrow({ where: { userId: user.id } });
    await t.db.card.update({
      where: { id: card.id },
      data: { state: 2, stability: 5, difficulty: 5, reps: 5, lapses: 1, due: t0, lastReview: later(-7 * 1440) },
    });
    const r = await recordReview(t.db, user, { cardId: card.id, rating: 1, idempotencyKey: k() }, t0);
    expect(r.status === "ok" && r.review.leech).toBe(true);
    expect(await t.db.card.findUniqueOrThrow({ where: { id: card.id } })).toMatchObject({
      leech: true,
      suspended: true,
      lapses: 2,
    });
    const q = await getQueue(t.db, user, later(1));
    expect(q.cards.map((c) => c.id)).not.toContain(card.id);
  });

  it("respects the daily new-card limit per user day and brings learning steps back in the session", async () => {
    const user = { ...(await makeUser(t.db)), newPerDay: 2 };
    const q1 = await getQueue(t.db, user, t0);
    expect(q1.counts.new).toBe(2);
    expect(q1.cards.map((c) => c.state)).toEqual([0, 0]);
    const first = q1.cards[0]!;
    await recordReview(t.db, user, { cardId: first.id, rating: 1, idempotencyKey: k() }, t0);
    const q2 = await getQueue(t.db, user, later(2));
    // One new card left for today; the failed one is back as a learning step (due after 1 minute).
    expect(q2.counts.new).toBe(1);
    expect(q2.cards[0]).toMatchObject({ id: first.id, state: 1 });
    await recordReview(t.db, user, { cardId: q2.cards[1]!.id, rating: 3, idempotencyKey: k() }, later(3));
    expect((await getQueue(t.db, user, later(4))).counts.new).toBe(0);
    // The next user day (day starts 04:00 UTC) brings new cards again.
    expect((await getQueue(t.db, user, new Date("2026-02-03T04:00:00Z"))).counts.new).toBe(2);
  });

  it("buries a card until the user's next day and can drill one chapter", async () => {
    const user = await makeUser(t.db);
    const q = await getQueue(t.db, user, t0, { lessonSlug: "01-containers-and-images" });
    expect(q.total).toBe(8);
    const card = q.cards[0]!;
    await applyCardAction(t.db, user, card.id, "bury", t0);
    expect((await getQueue(t.db, user, t0)).cards.map((c) => c.id)).not.toContain(card.id);
    expect((await getQueue(t.db, user, new Date("2026-02-03T04:00:00Z"))).cards.map((c) => c.id)).toContain(card.id);
    expect((await getQueue(t.db, user, t0, { lessonSlug: "no-such-chapter" })).total).toBe(0);
  });

  it("shows the earliest learning steps first, counts the rest, and pins an undone card from past them", async () => {
    const user = await makeUser(t.db);
    const cards = await t.db.card.findMany({ where: { userId: user.id }, orderBy: { newOrder: "asc" }, take: 6 });
    // Six learning steps (both learning states), due 10..60 minutes before t0, plus one due in 5 minutes (learn-ahead).
    for (const [i, c] of cards.entries()) {
      const due = i === 5 ? later(5) : later(-60 + i * 10);
      await t.db.card.update({
        where: { id: c.id },
        data: { state: i % 2 ? 3 : 1, due, reps: 1, lastReview: later(-90) },
      });
    }
    const q = await getQueue(t.db, user, t0, { take: 2 });
    expect(q.cards.map((c) => c.id)).toEqual([cards[0]!.id, cards[1]!.id]);
    expect(q.counts.learning).toBe(6);
    expect(q.total).toBe(6 + q.counts.new);
    const pinned = await getQueue(t.db, user, t0, { take: 2, pinFirst: cards[4]!.id });
    expect(pinned.cards.map((c) => c.id)).toEqual([cards[4]!.id, cards[0]!.id]);
    // With no new cards or reviews left, the learn-ahead step comes last.
    const all = await getQueue(t.db, { ...user, newPerDay: 0 }, t0, { take: 10 });
    expect(all.cards.map((c) => c.id)).toEqual(cards.map((c) => c.id));
  });
});
