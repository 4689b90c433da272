// The per-day aggregates the Stats page is built from: what SQL's GROUP BY
// returns (read-stats) and what the pure definitions below compute from logs,
// so both paths end in the same tally. Pure.
export type TDayStateGroup = { day: string; state: number; count: number; durationMs: number };
/** First-of-day reviews that test memory, counted by day, maturity and outcome. */
export type TRetentionGroup = { day: string; mature: boolean; passed: boolean; count: number };

export const MATURE_DAYS = 21;
const REVIEW = 2;

type TStateLog = { review: Date; state: number; durationMs: number | null };
type TTestLog = { cardId: string; review: Date; rating: number; state: number; scheduledDays: number };

/** Reviews by day and the card's state when reviewed, with time spent. */
export function dayStateGroups(logs: readonly TStateLog[], dayOf: (at: Date) => string): TDayStateGroup[] {
  const groups = new Map<string, TDayStateGroup>();
  for (const log of logs) {
    const day = dayOf(log.review);
    const state = Math.min(3, Math.max(0, log.state));
    const key = `${day}|${state}`;
    const g = groups.get(key) ?? { day, state, count: 0, durationMs: 0 };
    g.count++;
    g.durationMs += log.durationMs ?? 0;
    groups.set(key, g);
  }
  return [...groups.values()];
}

/**
 * Anki's true retention inputs: only the first review of a card on each day counts,
 * and only when the card was due from a real interval (Review state, or a previous
 * interval of a day or more); Again fails; mature from 21 days.
 */
export function retentionGroups(logs: readonly TTestLog[], dayOf: (at: Date) => string): TRetentionGroup[] {
  const sorted = [...logs].sort((a, b) => a.review.getTime() - b.review.getTime());
  const seen = new Set<string>();
  const groups = new Map<string, TRetentionGroup>();
  for (const log of sorted) {
    const day = dayOf(log.review);
    const first = `${log.cardId}|${day}`;
    if (seen.has(first)) continue;
    seen.add(first);
    if (log.state !== REVIEW && log.scheduledDays < 1) continue;
    const mature = log.scheduledDays >= MATURE_DAYS;
    const passed = log.rating > 1;
    const key = `${day}|${mature}|${passed}`;
    const g = groups.get(key) ?? { day, mature, passed, count: 0 };
    g.count++;
    groups.set(key, g);
  }
  return [...groups.values()];
}
