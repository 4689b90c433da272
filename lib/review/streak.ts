import { addDays } from "@/lib/days/days";

/**
 * Consecutive days with at least one review, ending today — or yesterday, so
 * a streak is not lost before the user has had a chance to review today.
 * `days` are the user's own calendar days (YYYY-MM-DD). Pure.
 */
export function countStreak(days: readonly string[], today: string): number {
  const set = new Set(days);
  const step = (d: string) => addDays(d, -1);
  let cursor = set.has(today) ? today : step(today);
  let n = 0;
  while (set.has(cursor)) {
    n++;
    cursor = step(cursor);
  }
  return n;
}
