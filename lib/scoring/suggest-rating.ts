import type { TRating, TVerdict } from "./types";

/** Score from which a correct answer may be rated Easy (if also fast). */
export const EASY_FROM = 85;
/** Seconds to read the question and start typing, plus typing at ~5 characters a second (~60 wpm). */
export const THINK_SECONDS = 6;
export const CHARS_PER_SECOND = 5;

/**
 * Suggested FSRS rating (ts-fsrs `Rating`: 1 Again, 2 Hard, 3 Good, 4 Easy).
 *
 * - empty, incorrect, common-wrong-answer → 1 Again
 * - partial (40–69)                      → 2 Hard
 * - correct (70–100)                     → 3 Good
 * - correct with score ≥ 85 answered within the expected time → 4 Easy
 *
 * Expected time = 6 s + answer length / 5 chars per second, so a long answer
 * is allowed more time. Without `seconds`, Easy is never suggested: recall
 * that took a long search is not "easy", and we cannot tell.
 */
export function suggestRating(verdict: TVerdict, score: number, answerLength: number, seconds: number | undefined): TRating {
  if (verdict === "empty" || verdict === "incorrect" || verdict === "common-wrong-answer") return 1;
  if (verdict === "partial") return 2;
  if (score >= EASY_FROM && seconds !== undefined && seconds <= expectedSeconds(answerLength)) return 4;
  return 3;
}

export function expectedSeconds(answerLength: number): number {
  return THINK_SECONDS + answerLength / CHARS_PER_SECOND;
}
