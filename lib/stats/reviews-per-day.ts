// Reviews per day, split by the card's state when it was reviewed (new,
// learning, review, relearning), and time spent. Pure.
import { dayRange } from "./day-keys";
import { dayStateGroups, type TDayStateGroup } from "./day-groups";

export type TActivityLog = { review: Date; state: number; durationMs: number | null };
export type TReviewDay = { day: string; counts: [number, number, number, number]; minutes: number };

export function reviewsPerDay(
  logs: readonly TActivityLog[],
  dayOf: (at: Date) => string,
  today: string,
  days: number,
): TReviewDay[] {
  return reviewDaysFromGroups(dayStateGroups(logs, dayOf), today, days);
}

/** The same from per-day aggregates (SQL's GROUP BY day, state); groups may repeat a key. */
export function reviewDaysFromGroups(groups: readonly TDayStateGroup[], today: string, days: number): TReviewDay[] {
  const out: TReviewDay[] = dayRange(today, days).map((day) => ({ day, counts: [0, 0, 0, 0], minutes: 0 }));
  const index = new Map(out.map((d, i) => [d.day, i]));
  for (const g of groups) {
    const i = index.get(g.day);
    if (i === undefined) continue;
    const d = out[i]!;
    d.counts[Math.min(3, Math.max(0, g.state)) as 0 | 1 | 2 | 3] += g.count;
    d.minutes += g.durationMs / 60_000;
  }
  return out;
}
