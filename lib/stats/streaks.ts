// Current and longest streak of days with at least one review. No cap: a run
// of any length is counted, in one pass over the sorted days. Pure.
import { countStreak } from "@/lib/review/streak";
import { addDays } from "./day-keys";

export type TStreaks = { current: number; longest: number };

export function computeStreaks(days: readonly string[], today: string): TStreaks {
  const sorted = [...new Set(days)].sort();
  let longest = 0;
  let run = 0;
  let prev: string | null = null;
  for (const d of sorted) {
    run = prev !== null && addDays(prev, 1) === d ? run + 1 : 1;
    if (run > longest) longest = run;
    prev = d;
  }
  return { current: countStreak(sorted, today), longest };
}
