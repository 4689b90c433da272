// A team's board for this week, last week or all time. Each member's week is
// their own Monday–Sunday (their time zone and day-start hour), read from the
// per-day totals in DailyActivity: a few grouped queries whatever the logs.
import type { TDb } from "@/lib/db/client";
import { userDay } from "@/lib/review/user-day";
import { rankRows, type TBoardEntry, type TBoardRow } from "./rank-rows";
import type { TPeriod } from "./schemas";
import { shiftDay, weekOf } from "./week";

export type TLeaderboard = { period: TPeriod; from: string | null; to: string; rows: TBoardRow[]; hiddenCount: number };

type TMember = { userId: string; name: string; joinedAt: Date; hidden: boolean; today: string; from: string | null; to: string };

const SUMS = { points: true, reviews: true, retentionReviews: true, retentionRecalled: true } as const;

export async function getLeaderboard(db: TDb, teamId: string, viewerId: string, period: TPeriod, now: Date): Promise<TLeaderboard> {
  const rows = await db.membership.findMany({
    where: { teamId },
    select: { hidden: true, joinedAt: true, user: { select: { id: true, name: true, timezone: true, dayStartHour: true } } },
  });
  // Members share a handful of clocks; userDay costs several Intl calls.
  const days = new Map<string, string>();
  const todayOf = (c: { timezone: string; dayStartHour: number }) => {
    const k = `${c.timezone}|${c.dayStartHour}`;
    let d = days.get(k);
    if (d === undefined) days.set(k, (d = userDay(c, now).day));
    return d;
  };
  const members: TMember[] = rows.map((r) => {
    const today = todayOf(r.user);
    const range = period === "all" ? { from: null, to: today } : weekOf(today, period === "last-week" ? 1 : 0);
    return { userId: r.user.id, name: r.user.name, joinedAt: r.joinedAt, hidden: r.hidden, today, ...range };
  });
  const listed = members.filter((m) => !m.hidden);
  const viewer = members.find((m) => m.userId === viewerId);

  // Members whose calendars agree share one grouped query (usually one or two groups).
  const groups = new Map<string, TMember[]>();
  for (const m of listed) {
    const k = `${m.from}|${m.to}`;
    const g = groups.get(k);
    if (g) g.push(m);
    else groups.set(k, [m]);
  }
  const sums = new Map<string, { points: number; reviews: number; retentionReviews: number; retentionRecalled: number }>();
  const streaks = new Map<string, number>();
  await Promise.all([
    ...[...groups.values()].map(async (g) => {
      const { from, to } = g[0]!;
      const got = await db.dailyActivity.groupBy({
        by: ["userId"],
        where: { userId: { in: g.map((m) => m.userId) }, day: from ? { gte: from, lte: to } : { lte: to } },
        _sum: SUMS,
      });
      for (const s of got) {
        sums.set(s.userId, {
          points: s._sum.points ?? 0, reviews: s._sum.reviews ?? 0,
          retentionReviews: s._sum.retentionReviews ?? 0, retentionRecalled: s._sum.retentionRecalled ?? 0,
        });
      }
    }),
    currentStreaks(db, listed).then((m) => m.forEach((v, k) => streaks.set(k, v))),
  ]);

  const entries: TBoardEntry[] = listed.map((m) => ({
    userId: m.userId, name: m.name, joinedAt: m.joinedAt,
    ...(sums.get(m.userId) ?? { points: 0, reviews: 0, retentionReviews: 0, retentionRecalled: 0 }),
    streak: streaks.get(m.userId) ?? 0,
  }));
  // from/to are the viewer's own week (callers have checked the viewer is a member).
  return { period, from: viewer?.from ?? null, to: viewer?.to ?? "", rows: rankRows(entries, viewerId), hiddenCount: members.length - listed.length };
}

/** The streak each member's today (or, not yet reviewed today, yesterday) has reached. */
async function currentStreaks(db: TDb, members: readonly TMember[]): Promise<Map<string, number>> {
  const days = new Set<string>();
  for (const m of members) days.add(m.today).add(shiftDay(m.today, -1));
  const got = members.length === 0 ? [] : await db.dailyActivity.findMany({
    where: { userId: { in: members.map((m) => m.userId) }, day: { in: [...days] }, reviews: { gt: 0 } },
    select: { userId: true, day: true, streak: true },
  });
  const byUser = new Map<string, Map<string, number>>();
  for (const g of got) byUser.set(g.userId, (byUser.get(g.userId) ?? new Map()).set(g.day, g.streak));
  const out = new Map<string, number>();
  for (const m of members) {
    const d = byUser.get(m.userId);
    out.set(m.userId, d?.get(m.today) ?? d?.get(shiftDay(m.today, -1)) ?? 0);
  }
  return out;
}
