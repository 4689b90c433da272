// The heavy Stats reads as SQL aggregates on each log's stored local day
// (ReviewLog.day, stamped at review time): a year of logs comes back as a few
// hundred (day, state) and (day, maturity, outcome) rows instead of 50,000
// logs. Same tallies as dayStateGroups / retentionGroups (lib/stats/day-groups),
// checked against them on SQLite and PostgreSQL. Logs without a stored day
// (written before the column existed) are not here: see readUnstampedLogs.
import { Prisma } from "@/lib/db/generated/sqlite/client";
import { dbProvider, type TDb } from "@/lib/db/client";
import type { TDayStateGroup, TRetentionGroup } from "./day-groups";
import { MATURE_DAYS } from "./day-groups";
import { owned } from "@/lib/db/owned";

/** With a deck chosen, only logs of the user's cards in it (a card keeps its question's deck). */
export function deckLogs(userId: string, deckId: string | undefined) {
  return deckId
    ? Prisma.sql`AND "cardId" IN (SELECT "id" FROM "Card" WHERE "userId" = ${userId} AND "deckId" = ${deckId})`
    : Prisma.empty;
}

/** Live reviews from `fromDay` (YYYY-MM-DD, inclusive) on, by day and state. */
export async function readDayStateGroups(
  db: TDb,
  userId: string,
  fromDay: string,
  deckId?: string,
): Promise<TDayStateGroup[]> {
  const rows = await db.$queryRaw<{ day: string; state: unknown; n: unknown; ms: unknown }[]>`
    SELECT "day", "state", COUNT(*) AS "n", SUM(COALESCE("durationMs", 0)) AS "ms"
    FROM "ReviewLog"
    WHERE "userId" = ${userId} AND "day" >= ${fromDay} AND NOT "undone" ${deckLogs(userId, deckId)}
    GROUP BY "day", "state"`;
  return rows.map((r) => ({ day: r.day, state: Number(r.state), count: Number(r.n), durationMs: Number(r.ms ?? 0) }));
}

/**
 * First-of-day live reviews that test memory (Review state, or due from an interval of
 * a day or more), by day, maturity and pass/fail. `firstOfDay` is stamped when the
 * review is written (the card's first live review that day; undo only ever removes
 * the latest review, so the flag stays on the first live one).
 */
export async function readRetentionGroups(
  db: TDb,
  userId: string,
  fromDay: string,
  deckId?: string,
): Promise<TRetentionGroup[]> {
  // An equality on the flag, so the planner takes the (userId, firstOfDay, day, …) covering index.
  const isFirst = dbProvider(db) === "postgresql" ? Prisma.raw(`"firstOfDay" = true`) : Prisma.raw(`"firstOfDay" = 1`);
  const rows = await db.$queryRaw<{ day: string; mature: unknown; passed: unknown; n: unknown }[]>`
    SELECT "day",
           CASE WHEN "scheduledDays" >= ${MATURE_DAYS} THEN 1 ELSE 0 END AS "mature",
           CASE WHEN "rating" > 1 THEN 1 ELSE 0 END AS "passed",
           COUNT(*) AS "n"
    FROM "ReviewLog"
    WHERE "userId" = ${userId} AND ${isFirst} AND "day" >= ${fromDay} AND NOT "undone"
      AND ("state" = 2 OR "scheduledDays" >= 1) ${deckLogs(userId, deckId)}
    GROUP BY "day", 2, 3`;
  return rows.map((r) => ({
    day: r.day,
    mature: Number(r.mature) === 1,
    passed: Number(r.passed) === 1,
    count: Number(r.n),
  }));
}

/**
 * Live logs since `since` that carry no stored day (older rows, not yet backfilled).
 * Filtered on `review` here, not in SQL: with a range on review the planner walks the
 * (userId, review) index over every log, while day = '' alone finds none at once.
 */
export async function readUnstampedLogs(db: TDb, userId: string, since: Date, deckId?: string) {
  const rows = await owned(db, userId).reviewLog.findMany({
    where: { undone: false, day: "", ...(deckId ? { card: { deckId } } : {}) },
    select: { cardId: true, review: true, rating: true, state: true, scheduledDays: true, durationMs: true },
  });
  return rows.filter((r) => r.review >= since);
}
