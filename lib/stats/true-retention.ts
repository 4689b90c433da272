// True retention as Anki defines it: only the first review of a card on each
// day counts, and only when the card was due from a real interval (a review,
// or a card whose previous interval was a day or more); Again fails, Hard,
// Good and Easy pass; a card is mature when that interval is 21 days or more.
// Learning steps are not tests of memory and are left out. Pure.
import { addDays } from "./day-keys";
import { retentionGroups, type TRetentionGroup } from "./day-groups";

export type TRetentionLog = { cardId: string; review: Date; rating: number; state: number; scheduledDays: number };
export type TPassFail = { passed: number; failed: number; rate: number | null };
export type TRetentionRow = { period: TPeriod; label: string; young: TPassFail; mature: TPassFail; total: TPassFail };
export type TPeriod = "today" | "yesterday" | "week" | "month" | "year";

const PERIODS: { period: TPeriod; label: string; from: number; to: number }[] = [
  { period: "today", label: "Today", from: 0, to: 0 },
  { period: "yesterday", label: "Yesterday", from: -1, to: -1 },
  { period: "week", label: "Last 7 days", from: -6, to: 0 },
  { period: "month", label: "Last 30 days", from: -29, to: 0 },
  { period: "year", label: "Last year", from: -364, to: 0 },
];

const rate = (p: number, f: number) => (p + f ? p / (p + f) : null);
const pf = (passed: number, failed: number): TPassFail => ({ passed, failed, rate: rate(passed, failed) });

/** `logs` are the user's live (not undone) reviews; `dayOf` maps an instant to the user's day. */
export function trueRetention(
  logs: readonly TRetentionLog[],
  dayOf: (at: Date) => string,
  today: string,
): TRetentionRow[] {
  return retentionFromGroups(retentionGroups(logs, dayOf), today);
}

/** The same from per-day aggregates of first-of-day tests (SQL's GROUP BY); groups may repeat a key. */
export function retentionFromGroups(groups: readonly TRetentionGroup[], today: string): TRetentionRow[] {
  const tally = PERIODS.map(() => ({ yp: 0, yf: 0, mp: 0, mf: 0 }));
  const bounds = PERIODS.map((p) => [addDays(today, p.from), addDays(today, p.to)] as const);
  for (const g of groups) {
    bounds.forEach(([from, to], i) => {
      if (g.day < from || g.day > to) return;
      const t = tally[i]!;
      if (g.mature && g.passed) t.mp += g.count;
      else if (g.mature) t.mf += g.count;
      else if (g.passed) t.yp += g.count;
      else t.yf += g.count;
    });
  }
  return PERIODS.map((p, i) => {
    const t = tally[i]!;
    return {
      period: p.period,
      label: p.label,
      young: pf(t.yp, t.yf),
      mature: pf(t.mp, t.mf),
      total: pf(t.yp + t.mp, t.yf + t.mf),
    };
  });
}
