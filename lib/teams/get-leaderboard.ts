// A team's board for this week, last week or all time. Each member's week is
// their own Monday–Sunday (their time zone and day-start hour), summed from
// the per-day totals in DailyActivity; all time reads ActivityTotal. Two
// queries whatever the team's size or history: the members' distinct clocks
// (a handful of rows), then one row per member with their sums for every week
// in play and their streak on every candidate "today" and "yesterday" (local
// dates at one instant span at most four days, so at most two weeks and a few
// dates: a bounded number of columns).
import type { TDb } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/sqlite/client";
import { userDay } from "@/lib/review/user-day";
import { rankRows, type TBoardEntry, type TBoardRow } from "./rank-rows";
import type { TTeamRole } from "./roles";
import type { TPeriod } from "./schemas";
import { shiftDay, weekOf } from "./week";

/** A member as the board and the member list see them: display name, never the e-mail. */
export type TTeamMember = {
  userId: string;
  name: string;
  role: TTeamRole;
  hidden: boolean;
  joinedAt: Date;
  timezone: string;
  dayStartHour: number;
};

export type TLeaderboard = { period: TPeriod; from: string | null; to: string; rows: TBoardRow[]; hiddenCount: number };

type TClockDays = { today: string; yesterday: string; range: { from: string; to: string } | null };
type TRow = Record<string, unknown> & {
  userId: string;
  name: string;
  role: string;
  hidden: unknown;
  joinedAt: Date | string;
  timezone: string;
  dayStartHour: unknown;
};

const SUMS = ["points", "reviews", "retentionReviews", "retentionRecalled"] as const;
const num = (v: unknown) => (v === null || v === undefined ? 0 : Number(v));

export async function getLeaderboard(
  db: TDb,
  teamId: string,
  viewerId: string,
  period: TPeriod,
  now: Date,
): Promise<TLeaderboard & { members: TTeamMember[] }> {
  const clockRows = await db.$queryRaw<{ timezone: string; dayStartHour: unknown }[]>`
    SELECT DISTINCT u."timezone", u."dayStartHour" FROM "Membership" m JOIN "User" u ON u."id" = m."userId" WHERE m."teamId" = ${teamId}`;
  const clocks = new Map<string, TClockDays>();
  for (const c of clockRows) {
    const today = userDay({ timezone: c.timezone, dayStartHour: Number(c.dayStartHour) }, now).day;
    const range = period === "all" ? null : weekOf(today, period === "last-week" ? 1 : 0);
    clocks.set(`${c.timezone}|${Number(c.dayStartHour)}`, { today, yesterday: shiftDay(today, -1), range });
  }
  const ranges = [
    ...new Map([...clocks.values()].filter((c) => c.range).map((c) => [c.range!.from, c.range!])).values(),
  ];
  const days = [...new Set([...clocks.values()].flatMap((c) => [c.today, c.yesterday]))];
  if (days.length === 0) return { period, from: null, to: "", rows: [], hiddenCount: 0, members: [] }; // no members at all

  const rows = await db.$queryRaw<TRow[]>(memberBoardQuery(teamId, period, ranges, days));
  const members: TTeamMember[] = [];
  const entries: TBoardEntry[] = [];
  let own: TClockDays | undefined;
  for (const r of rows) {
    const m: TTeamMember = {
      userId: r.userId,
      name: r.name,
      role: r.role as TTeamRole,
      hidden: Boolean(r.hidden),
      joinedAt: new Date(r.joinedAt),
      timezone: r.timezone,
      dayStartHour: Number(r.dayStartHour),
    };
    members.push(m);
    const c = clocks.get(`${m.timezone}|${m.dayStartHour}`)!;
    if (m.userId === viewerId) own = c;
    if (m.hidden) continue;
    const w = c.range ? `w${ranges.findIndex((x) => x.from === c.range!.from)}` : "all";
    const streakOn = (d: string) => r[`s${days.indexOf(d)}`];
    const streak = streakOn(c.today) ?? streakOn(c.yesterday);
    entries.push({
      userId: m.userId,
      name: m.name,
      joinedAt: m.joinedAt,
      points: num(r[`${w}_points`]),
      reviews: num(r[`${w}_reviews`]),
      retentionReviews: num(r[`${w}_retentionReviews`]),
      retentionRecalled: num(r[`${w}_retentionRecalled`]),
      streak: num(streak),
    });
  }
  const mine = own ?? { today: userDay({ timezone: "UTC", dayStartHour: 0 }, now).day, range: null };
  return {
    period,
    from: mine.range?.from ?? null,
    to: mine.range?.to ?? mine.today,
    rows: rankRows(entries, viewerId),
    hiddenCount: members.length - entries.length,
    members,
  };
}

/** One row per member: profile, sums per week (w0_points, w1_points… or all_points) and streak per candidate day (s0, s1…). */
function memberBoardQuery(teamId: string, period: TPeriod, ranges: { from: string; to: string }[], days: string[]) {
  const streakCols = days.map(
    (d, j) =>
      Prisma.sql`MAX(CASE WHEN d."day" = ${d} AND d."reviews" > 0 THEN d."streak" END) AS ${Prisma.raw(`"s${j}"`)}`,
  );
  const weekCols = ranges.flatMap((r, i) =>
    SUMS.map(
      (f) =>
        Prisma.sql`SUM(CASE WHEN d."day" >= ${r.from} AND d."day" <= ${r.to} THEN d.${Prisma.raw(`"${f}"`)} ELSE 0 END) AS ${Prisma.raw(`"w${i}_${f}"`)}`,
    ),
  );
  // One contiguous span covering the weeks and the streak days (at most about two weeks), so
  // each member's rows come off the (userId, day) index as a range: an OR of the two
  // conditions made SQLite read every day the member ever studied.
  const bounds = [...days, ...ranges.flatMap((r) => [r.from, r.to])].sort();
  const perDay = Prisma.sql`
    SELECT d."userId", ${Prisma.join([...streakCols, ...weekCols])}
    FROM "Membership" mm
    JOIN "DailyActivity" d ON d."userId" = mm."userId" AND d."day" >= ${bounds[0]!} AND d."day" <= ${bounds.at(-1)!}
    WHERE mm."teamId" = ${teamId}
    GROUP BY d."userId"`;
  const outCols = [
    ...days.map((_, j) => Prisma.raw(`a."s${j}"`)),
    ...ranges.flatMap((_, i) => SUMS.map((f) => Prisma.raw(`a."w${i}_${f}"`))),
    ...(period === "all" ? SUMS.map((f) => Prisma.raw(`t."${f}" AS "all_${f}"`)) : []),
  ];
  return Prisma.sql`
    SELECT m."userId", u."name", m."role", m."hidden", m."joinedAt", u."timezone", u."dayStartHour"${outCols.length ? Prisma.sql`, ${Prisma.join(outCols)}` : Prisma.empty}
    FROM "Membership" m
    JOIN "User" u ON u."id" = m."userId"
    LEFT JOIN (${perDay}) a ON a."userId" = m."userId"
    ${period === "all" ? Prisma.sql`LEFT JOIN "ActivityTotal" t ON t."userId" = m."userId"` : Prisma.empty}
    WHERE m."teamId" = ${teamId}
    ORDER BY m."joinedAt" ASC, m."id" ASC`;
}
