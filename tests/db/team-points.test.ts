// Daily totals must always equal the sum over live logs, whatever mix of
// reviews, re-reviews, typed answers, day changes and undos produced them.
import { expect, it } from "vitest";
import { recordReview } from "@/lib/review/record-review";
import { undoLastReview } from "@/lib/review/undo-review";
import { POINT_RULES } from "@/lib/teams/points";
import { mulberry32 } from "@/scripts/lib/seeded-random";
import { describeDb, useTestDb } from "../support/test-db";
import { keyMaker, makeUser } from "../support/seed";

const k = keyMaker("pts");

describeDb("points and daily totals", () => {
  const t = useTestDb({ chapters: ["tests/fixtures/content/01-containers-and-images.md"] });

  it("keeps every day's totals equal to its live logs after random reviews and undos", async () => {
    const user = await t.db.user.update({
      where: { id: (await makeUser(t.db, { timezone: "Europe/Berlin" })).id },
      data: { leechThreshold: 1000 },
    });
    const cards = await t.db.card.findMany({ where: { userId: user.id }, include: { question: true } });
    const rand = mulberry32(1234);
    let at = new Date("2026-03-01T08:00:00Z").getTime();
    let undos = 0;
    for (let step = 0; step < 140; step++) {
      at += Math.floor(rand() * 6 * 3_600_000); // 0–6 h: several reviews a day, crossing day starts
      const now = new Date(at);
      if (rand() < 0.2) {
        if ((await undoLastReview(t.db, user)).status === "ok") undos++;
        continue;
      }
      const card = cards[Math.floor(rand() * cards.length)]!;
      const typed =
        rand() < 0.5
          ? rand() < 0.5
            ? card.question.modelAnswer
            : (card.question.wrongAnswer ?? "no idea")
          : undefined;
      const rating = (1 + Math.floor(rand() * 4)) as 1 | 2 | 3 | 4;
      await recordReview(
        t.db,
        user,
        { cardId: card.id, rating, idempotencyKey: k(), ...(typed ? { answer: typed } : {}) },
        now,
      );
      if (rand() < 0.1)
        await recordReview(t.db, user, { cardId: card.id, rating, idempotencyKey: k() }, new Date(at + 60_000)); // same-day re-review
    }
    expect(undos).toBeGreaterThan(5);

    const logs = await t.db.reviewLog.findMany({ where: { userId: user.id, undone: false } });
    const days = await t.db.dailyActivity.findMany({ where: { userId: user.id } });
    expect(days.length).toBeGreaterThan(5);
    const expected = new Map<
      string,
      { reviews: number; points: number; retentionReviews: number; retentionRecalled: number }
    >();
    for (const l of logs) {
      const e = expected.get(l.day) ?? { reviews: 0, points: 0, retentionReviews: 0, retentionRecalled: 0 };
      e.reviews++;
      e.points += l.points;
      if (l.firstOfDay && l.state === 2) {
        e.retentionReviews++;
        if (l.rating > 1) e.retentionRecalled++;
      }
      expected.set(l.day, e);
    }
    for (const d of days) {
      const e = expected.get(d.day) ?? { reviews: 0, points: 0, retentionReviews: 0, retentionRecalled: 0 };
      expect({
        day: d.day,
        reviews: d.reviews,
        points: d.points,
        retentionReviews: d.retentionReviews,
        retentionRecalled: d.retentionRecalled,
      }).toEqual({ day: d.day, ...e });
      expect(d.points).toBeLessThanOrEqual(POINT_RULES.dailyCap);
    }
    const total = await t.db.activityTotal.findUniqueOrThrow({ where: { userId: user.id } });
    const sum = (
      f: (e: { reviews: number; points: number; retentionReviews: number; retentionRecalled: number }) => number,
    ) => [...expected.values()].reduce((a, e) => a + f(e), 0);
    expect([total.reviews, total.points, total.retentionReviews, total.retentionRecalled]).toEqual([
      sum((e) => e.reviews),
      sum((e) => e.points),
      sum((e) => e.retentionReviews),
      sum((e) => e.retentionRecalled),
    ]);
    expect(logs.reduce((s, l) => s + l.points, 0)).toBeGreaterThan(0);
    // Only the first live review of a card on a day earns, and each card has at most one per day.
    const firsts = new Set<string>();
    for (const l of logs.filter((x) => x.firstOfDay)) {
      expect(firsts.has(`${l.cardId}|${l.day}`)).toBe(false);
      firsts.add(`${l.cardId}|${l.day}`);
    }
    expect(logs.filter((l) => !l.firstOfDay).every((l) => l.points === 0)).toBe(true);
  });

  it("takes back exactly what a review gave, and the next first review of the day earns again", async () => {
    const user = await makeUser(t.db);
    const card = await t.db.card.findFirstOrThrow({ where: { userId: user.id }, orderBy: { newOrder: "asc" } });
    const now = new Date("2026-03-05T10:00:00Z");
    await recordReview(t.db, user, { cardId: card.id, rating: 3, idempotencyKey: k() }, now);
    const again = await recordReview(
      t.db,
      user,
      { cardId: card.id, rating: 3, idempotencyKey: k() },
      new Date(now.getTime() + 15 * 60_000),
    );
    expect(again.status).toBe("ok");
    const logs = await t.db.reviewLog.findMany({ where: { cardId: card.id }, orderBy: { review: "asc" } });
    expect(logs.map((l) => [l.points, l.firstOfDay, l.day])).toEqual([
      [POINT_RULES.learnNew, true, "2026-03-05"],
      [0, false, "2026-03-05"],
    ]);
    const today = () =>
      t.db.dailyActivity.findUniqueOrThrow({ where: { userId_day: { userId: user.id, day: "2026-03-05" } } });
    expect([(await today()).points, (await today()).streak]).toEqual([2, 1]);
    await undoLastReview(t.db, user);
    expect((await today()).points).toBe(2);
    await undoLastReview(t.db, user);
    expect([(await today()).points, (await today()).reviews]).toEqual([0, 0]);
    await recordReview(
      t.db,
      user,
      { cardId: card.id, rating: 3, idempotencyKey: k() },
      new Date(now.getTime() + 30 * 60_000),
    );
    expect((await today()).points).toBe(2);
    // The next day extends the streak.
    const next = await t.db.card.findFirstOrThrow({
      where: { userId: user.id, state: 0 },
      orderBy: { newOrder: "asc" },
    });
    await recordReview(
      t.db,
      user,
      { cardId: next.id, rating: 3, idempotencyKey: k() },
      new Date("2026-03-06T10:00:00Z"),
    );
    expect(
      (await t.db.dailyActivity.findUniqueOrThrow({ where: { userId_day: { userId: user.id, day: "2026-03-06" } } }))
        .streak,
    ).toBe(2);
  });
});
