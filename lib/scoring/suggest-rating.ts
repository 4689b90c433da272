import type { TRating, TVerdict } from "./types";

/** Score from which a correct answer may be rated Easy (if also fast). */
export const EASY_FROM = 85;
/** A first review of a new card is "complete" only at this score with no key concept missed. */
export const COMPLETE_FROM = 95;
/** Seconds to read the question and start typing, plus typing at ~5 characters a second (~60 wpm). */
export const THINK_SECONDS = 6;
export const CHARS_PER_SECOND = 5;

/** What the scorer cannot see: the card and how trustworthy the reference is. */
export type TRatingContext = {
  /** The card has never been reviewed (its first successful review). */
  newCard?: boolean;
  /** Key concepts of the reference the answer missed. */
  missedConcepts?: number;
  /** The reference is a lesson passage found only roughly (answerSource "lesson-rough"). */
  weakReference?: boolean;
};

/**
 * Suggested FSRS rating (ts-fsrs `Rating`: 1 Again, 2 Hard, 3 Good, 4 Easy).
 *
 * - empty, common-wrong-answer            → 1 Again
 * - incorrect                             → 1 Again; 2 Hard when the reference is weak
 *   (a low score against a passage that may not answer the question is no
 *   evidence of forgetting on its own)
 * - partial (40–69)                       → 2 Hard
 * - correct (70–100)                      → 3 Good
 * - correct with score ≥ 85 answered within the expected time → 4 Easy,
 *   except on a new card's first review: Easy there sends it 9–10 days out
 *   on one data point, so it needs a complete answer (score ≥ 95, no concept
 *   missed) as well as a fast one.
 *
 * Expected time = 6 s + answer length / 5 chars per second, so a long answer
 * is allowed more time. Without `seconds`, Easy is never suggested: recall
 * that took a long search is not "easy", and we cannot tell.
 */
export function suggestRating(
  verdict: TVerdict,
  score: number,
  answerLength: number,
  seconds: number | undefined,
  ctx: TRatingContext = {},
): TRating {
  if (verdict === "empty" || verdict === "common-wrong-answer") return 1;
  if (verdict === "incorrect") return ctx.weakReference ? 2 : 1;
  if (verdict === "partial") return 2;
  const fast = seconds !== undefined && seconds <= expectedSeconds(answerLength);
  if (!fast || score < EASY_FROM) return 3;
  if (ctx.newCard && (score < COMPLETE_FROM || (ctx.missedConcepts ?? 0) > 0)) return 3;
  return 4;
}

export function expectedSeconds(answerLength: number): number {
  return THINK_SECONDS + answerLength / CHARS_PER_SECOND;
}
