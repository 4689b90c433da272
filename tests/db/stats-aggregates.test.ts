// The Stats page's SQL aggregates (lib/stats/read-day-groups) against the pure
// definitions (reviewsPerDay, trueRetention) on the same logs, on a real SQLite
// file and a real PostgreSQL server: logs written by the real review path
// (recordReview, undo) and hand-made logs stamped as an import stamps them.
import { expect, it } from "vitest";
import type { TDb } from "@/lib/db/client";
import { recordReview } from "@/lib/review/record-review";
import { undoLastReview } from "@/lib/review/undo-review";
import { userDay } from "@/lib/review/user-day";
import { addDays, makeDayKeyer } from "@/lib/stats/day-keys";
import { readDayStateGroups, readRetentionGroups, readUnstampedLogs } from "@/lib/stats/read-day-groups";
import { reviewDaysFromGroups, reviewsPerDay } from "@/lib/stats/reviews-per-day";
import { stampLogDays } from "@/lib/stats/stamp-log-days";
import { retentionFromGroups, trueRetention } from "@/lib/stats/true-retention";
import { dayStateGroups, retentionGroups } from "@/lib/stats/day-groups";
import { readOverrideRows, readWrongAnswerRows } from "@/lib/stats/read-answer-groups";
import { overrideStats } from "@/lib/stats/override-stats";
import { seedHistory } from "@/scripts/lib/seed-history";
import { describeDb, useTestDb } from "../support/test-db";
import { makeUser } from "../support/seed";

const now = new Date("2026-11-10T15:00:00Z");
const YEAR_MS = 366 * 86_400_000;
let n = 0;
const key = () => `agg-${process.pid}-${n++}`;

/** Both paths for one user: SQL aggregates and the pure functions over every live log of the year. */
async function bothWays(db: TDb, user: { id: string; timezone: string; dayStartHour: number }) {
  const today = userDay(user, now).day;
  const from = addDays(today, -364);
  const live = await db.reviewLog.findMany({
    where: { userId: user.id, undone: false, review: { gte: new Date(now.getTime() - YEAR_MS) } },
    select: { cardId: true, review: true, rating: true, state: true, scheduledDays: true, durationMs: true },
  });
  const dayOf = makeDayKeyer(user);
  return {
    live,
    sql: {
      days: reviewDaysFromGroups(await readDayStateGroups(db, user.id, from), today, 365),
      retention: retentionFromGroups(await readRetentionGroups(db, user.id, from), today),
    },
    pure: { days: reviewsPerDay(live, dayOf, today, 365), retention: trueRetention(live, dayOf, today) },
  };
}

const total = (days: { counts: number[] }[]) => days.reduce((s, d) => s + d.counts.reduce((a, b) => a + b, 0), 0);

describeDb("stats aggregates in SQL = the pure definitions", () => {
  const t = useTestDb({ chapters: ["tests/fixtures/content/01-containers-and-images.md"] });

  it("on reviews written by recordReview and undo, in a zone with DST and a 4 a.m. day start", async () => {
    const user = await makeUser(t.db, { timezone: "America/New_York" });
    await seedHistory(t.db, user.id, { logs: 300, days: 400, now: new Date(now.getTime() - 3 * 86_400_000) });
    const cards = await t.db.card.findMany({
      where: { userId: user.id },
      select: { id: true },
      orderBy: { newOrder: "asc" },
      take: 3,
    });
    const at = (iso: string) => new Date(iso);
    // 03:30 New York is still the previous day (day starts at 4); the same card twice a day counts once.
    for (const [card, rating, when] of [
      [0, 3, "2026-11-09T08:30:00Z"],
      [0, 1, "2026-11-09T14:00:00Z"],
      [1, 4, "2026-11-09T15:00:00Z"],
      [2, 2, "2026-11-10T09:00:00Z"],
      [1, 1, "2026-11-10T14:00:00Z"],
      [2, 3, "2026-11-10T14:30:00Z"],
    ] as const) {
      const r = await recordReview(
        t.db,
        user,
        { cardId: cards[card]!.id, rating, durationMs: 7_000, idempotencyKey: key() },
        at(when),
      );
      expect(r.status).toBe("ok");
    }
    expect((await undoLastReview(t.db, user)).status).toBe("ok");
    const { live, sql, pure } = await bothWays(t.db, user);
    expect(total(pure.days)).toBeGreaterThan(50);
    expect(total(sql.days)).toBe(live.length);
    expect(sql.days).toEqual(pure.days);
    expect(pure.retention.find((r) => r.period === "year")!.total.passed).toBeGreaterThan(0);
    expect(sql.retention).toEqual(pure.retention);
  });

  it("on hand-made logs with no stored day: the fallback, then stamped like an import, agree", async () => {
    const user = await makeUser(t.db, { timezone: "Europe/Paris" });
    const cards = await t.db.card.findMany({
      where: { userId: user.id },
      select: { id: true },
      orderBy: { newOrder: "asc" },
      take: 3,
    });
    const log = (card: number, iso: string, rating: number, state: number, scheduledDays: number, undone = false) => ({
      userId: user.id,
      cardId: cards[card]!.id,
      rating,
      state,
      scheduledDays,
      undone,
      review: new Date(iso),
      due: new Date(iso),
      nextDue: new Date(iso),
      stability: 3,
      difficulty: 5,
      elapsedDays: 1,
      lastElapsedDays: 1,
      learningSteps: 0,
      nextState: 2,
      durationMs: 12_000,
      idempotencyKey: key(),
    });
    await t.db.reviewLog.createMany({
      data: [
        log(0, "2026-10-25T00:30:00Z", 3, 2, 21), // Paris switched to winter time that night: 02:30 local, before the 4 a.m. start
        log(0, "2026-10-25T05:00:00Z", 1, 3, 0), // same card, the next user day: first of that day, but a relearning step
        log(1, "2026-10-25T05:10:00Z", 1, 2, 30, true), // undone: neither counts nor takes the day's first
        log(1, "2026-10-25T05:20:00Z", 2, 2, 30), // mature pass
        log(1, "2026-10-25T06:00:00Z", 1, 2, 30), // same card same day: ignored
        log(2, "2026-11-10T10:00:00Z", 1, 2, 20), // young fail today
        log(2, "2026-11-10T11:00:00Z", 3, 0, 0), // new-state review: counted per day, not a memory test
        log(2, "2025-06-01T10:00:00Z", 4, 2, 5), // older than a year: in neither
      ],
    });
    const today = userDay(user, now).day;
    const dayOf = makeDayKeyer(user);
    const unstamped = await readUnstampedLogs(t.db, user.id, new Date(now.getTime() - YEAR_MS));
    expect(unstamped).toHaveLength(6);
    const before = await bothWays(t.db, user);
    // Before stamping the SQL path sees nothing; the loaders add the unstamped logs through the pure path.
    expect(total(before.sql.days)).toBe(0);
    expect(reviewDaysFromGroups(dayStateGroups(unstamped, dayOf), today, 365)).toEqual(before.pure.days);
    expect(retentionFromGroups(retentionGroups(unstamped, dayOf), today)).toEqual(before.pure.retention);

    expect(await stampLogDays(t.db, user.id)).toBe(8);
    expect(await stampLogDays(t.db, user.id)).toBe(0);
    const after = await bothWays(t.db, user);
    expect(after.sql.days).toEqual(after.pure.days);
    expect(after.sql.retention).toEqual(after.pure.retention);
    const year = after.sql.retention.find((r) => r.period === "year")!;
    expect(year.mature).toEqual({ passed: 2, failed: 0, rate: 1 });
    expect(year.young).toEqual({ passed: 0, failed: 1, rate: 0 });
    expect(after.sql.days.find((d) => d.day === "2026-10-24")!.counts).toEqual([0, 0, 1, 0]);
    expect(after.sql.days.find((d) => d.day === "2026-11-10")).toMatchObject({ counts: [1, 0, 1, 0], minutes: 0.4 });
  });

  it("overrides and wrong answers grouped in SQL = the same counted log by log; retired cards and undone reviews left out", async () => {
    const user = await makeUser(t.db);
    await seedHistory(t.db, user.id, { logs: 400, days: 200, now, typedShare: 0.8 });
    const [retired] = await t.db.card.findMany({
      where: { userId: user.id, reps: { gt: 0 } },
      select: { id: true },
      take: 1,
    });
    await t.db.card.update({ where: { id: retired!.id }, data: { retired: true } });
    await t.db.reviewLog.updateMany({
      where: { userId: user.id, idempotencyKey: { in: [`seed-${user.id}-1`, `seed-${user.id}-2`] } },
      data: { undone: true },
    });
    const logs = await t.db.reviewLog.findMany({
      where: { userId: user.id, undone: false },
      select: {
        rating: true,
        suggestedRating: true,
        score: true,
        verdict: true,
        cardId: true,
        card: { select: { retired: true, question: { select: { lessonId: true, prompt: true, wrongAnswer: true } } } },
      },
    });
    const one = logs
      .filter((l) => l.suggestedRating !== null && !l.card.retired)
      .map((l) => ({
        lessonId: l.card.question.lessonId,
        rating: l.rating,
        suggestedRating: l.suggestedRating!,
        count: 1,
        scoreSum: l.score ?? 0,
        scored: l.score === null ? 0 : 1,
      }));
    expect(one.length).toBeGreaterThan(30);
    const sqlRows = await readOverrideRows(t.db, user.id);
    expect(sqlRows.length).toBeLessThan(one.length);
    expect(overrideStats(sqlRows)).toEqual(overrideStats(one));

    const wrong = new Map<string, number>();
    for (const l of logs)
      if (l.verdict === "common-wrong-answer" && l.card.question.wrongAnswer)
        wrong.set(l.cardId, (wrong.get(l.cardId) ?? 0) + 1);
    expect(wrong.size).toBeGreaterThan(0);
    const sqlWrong = await readWrongAnswerRows(t.db, user.id);
    expect(sqlWrong.reduce((s, w) => s + w.count, 0)).toBe([...wrong.values()].reduce((a, b) => a + b, 0));
    expect(sqlWrong).toHaveLength(wrong.size);
  });
});
