// Undo on the review screen: every step (rate, bury, suspend, forget,
// unsuspend) one at a time, last first, naming the card; and daily counts
// that add up around the day boundary.
import { expect, it } from "vitest";
import { recordReview } from "@/lib/review/record-review";
import { applyCardAction } from "@/lib/review/card-actions";
import { undoLast } from "@/lib/review/undo-last";
import { getQueue } from "@/lib/review/get-queue";
import { listParked } from "@/lib/review/list-parked";
import { getLessonsWithProgress } from "@/lib/lessons/get-lessons";
import { describeDb, useTestDb } from "../support/test-db";
import { keyMaker, makeUser } from "../support/seed";

const t0 = new Date("2026-02-02T09:00:00Z");
const later = (min: number) => new Date(t0.getTime() + min * 60_000);
const k = keyMaker("undo");
// createdAt is stamped at insert; two steps in the same millisecond would tie.
const tick = () => new Promise((r) => setTimeout(r, 3));
const SCHED = {
  due: true,
  stability: true,
  difficulty: true,
  state: true,
  reps: true,
  lapses: true,
  lastReview: true,
  suspended: true,
  buriedUntil: true,
  leech: true,
} as const;

describeDb("undo every step, last first", () => {
  const t = useTestDb({ chapters: ["content/01-containers-and-images.txt"] });
  const cards = (userId: string) =>
    t.db.card.findMany({ where: { userId }, orderBy: { newOrder: "asc" }, select: { id: true, ...SCHED } });

  it("suspend → undo brings that card back and leaves an earlier review alone", async () => {
    const user = await makeUser(t.db);
    const [a, b] = await cards(user.id);
    await recordReview(t.db, user, { cardId: a!.id, rating: 3, idempotencyKey: k() }, t0);
    await tick();
    const reviewed = await t.db.card.findUniqueOrThrow({ where: { id: a!.id }, select: SCHED });
    const suspended = await applyCardAction(t.db, user, b!.id, "suspend", later(1));
    expect(suspended).toMatchObject({ cardId: b!.id, action: "suspend" });

    const r = await undoLast(t.db, user);
    expect(r).toMatchObject({
      status: "ok",
      undone: { cardId: b!.id, action: "suspend", prompt: expect.stringMatching(/\?$/) },
    });
    const { id: _id, ...untouched } = b!;
    expect(await t.db.card.findUniqueOrThrow({ where: { id: b!.id }, select: SCHED })).toEqual(untouched);
    // The earlier review of another card is untouched.
    expect(await t.db.card.findUniqueOrThrow({ where: { id: a!.id }, select: SCHED })).toEqual(reviewed);
    expect(await t.db.reviewLog.count({ where: { cardId: a!.id, undone: false } })).toBe(1);
    expect((await getQueue(t.db, user, later(2))).cards.map((c) => c.id)).toContain(b!.id);
  });

  it("walks back rate, forget, bury in reverse order and returns the typed answer", async () => {
    const user = await makeUser(t.db);
    const [a, b] = await cards(user.id);
    await recordReview(
      t.db,
      user,
      { cardId: a!.id, rating: 3, answer: "an image is a recipe", durationMs: 9_000, idempotencyKey: k() },
      t0,
    );
    await tick();
    await applyCardAction(t.db, user, a!.id, "forget", later(1));
    await tick();
    await applyCardAction(t.db, user, b!.id, "bury", later(2));

    const steps = [];
    for (let i = 0; i < 4; i++) steps.push(await undoLast(t.db, user));
    expect(steps.map((s) => (s.status === "ok" ? `${s.undone.action}:${s.undone.cardId}` : s.status))).toEqual([
      `bury:${b!.id}`,
      `forget:${a!.id}`,
      `rate:${a!.id}`,
      "nothing-to-undo",
    ]);
    expect(steps[2]).toMatchObject({ undone: { answer: "an image is a recipe", durationMs: 9_000, rating: 3 } });
    const [a2, b2] = await cards(user.id);
    expect(a2).toEqual(a);
    expect(b2).toEqual(b);
  });

  it("unsuspend from the parked list, and its undo suspends again", async () => {
    const user = await makeUser(t.db);
    const [a] = await cards(user.id);
    await applyCardAction(t.db, user, a!.id, "suspend", t0);
    expect((await listParked(t.db, user.id, t0)).cards.map((c) => c.id)).toEqual([a!.id]);
    await tick();
    await applyCardAction(t.db, user, a!.id, "unsuspend", later(1));
    expect((await listParked(t.db, user.id, later(1))).cards).toEqual([]);
    await undoLast(t.db, user);
    expect(await t.db.card.findUniqueOrThrow({ where: { id: a!.id }, select: { suspended: true } })).toEqual({
      suspended: true,
    });
  });

  it("never undoes another user's steps", async () => {
    const owner = await makeUser(t.db);
    const other = await makeUser(t.db);
    const [a] = await cards(owner.id);
    await applyCardAction(t.db, owner, a!.id, "suspend", t0);
    expect(await undoLast(t.db, other)).toEqual({ status: "nothing-to-undo" });
    expect(await applyCardAction(t.db, other, a!.id, "unsuspend", t0)).toBeNull();
    expect((await listParked(t.db, other.id, t0)).cards).toEqual([]);
  });
});

describeDb("daily counts that add up", () => {
  const t = useTestDb({ chapters: ["content/01-containers-and-images.txt"] });

  it("never passes the new-card limit, even when a card introduced today is forgotten and relearned", async () => {
    const user = { ...(await makeUser(t.db, { timezone: "Europe/Berlin" })), newPerDay: 2, dayStartHour: 4 };
    // 03:50 in Berlin (UTC+1): still the previous user day.
    const before = new Date("2026-02-03T02:50:00Z");
    const q = await getQueue(t.db, user, before);
    expect(q.counts.new).toBe(2);
    for (const c of q.cards.filter((c) => c.state === 0))
      await recordReview(t.db, user, { cardId: c.id, rating: 3, idempotencyKey: k() }, before);
    const [first] = q.cards;
    await applyCardAction(t.db, user, first!.id, "forget", new Date(before.getTime() + 60_000));
    await recordReview(
      t.db,
      user,
      { cardId: first!.id, rating: 3, idempotencyKey: k() },
      new Date(before.getTime() + 120_000),
    );
    const late = await getQueue(t.db, user, new Date("2026-02-03T02:59:59Z"));
    expect([late.counts.new, late.counts.newDoneToday]).toEqual([0, 2]);
    expect(late.cards.every((c) => c.state !== 0)).toBe(true);
    // 04:00 Berlin: a new day, two new cards again.
    const next = await getQueue(t.db, user, new Date("2026-02-03T03:00:00Z"));
    expect([next.counts.new, next.counts.newDoneToday]).toEqual([2, 0]);
  });

  it("Today, Lessons and the queue count the same due cards", async () => {
    const user = await makeUser(t.db);
    const q = await getQueue(t.db, user, t0);
    for (const c of q.cards.slice(0, 3))
      await recordReview(t.db, user, { cardId: c.id, rating: 3, idempotencyKey: k() }, t0);
    const at = later(5); // the 10-minute learning step is within the 20-minute learn-ahead
    const queue = await getQueue(t.db, user, at);
    const lessons = await getLessonsWithProgress(t.db, user, at);
    expect(queue.counts.learning + queue.counts.due).toBe(3);
    expect(lessons.reduce((n, l) => n + l.due, 0)).toBe(3);
  });
});
