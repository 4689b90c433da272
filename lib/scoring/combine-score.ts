import type { TCoverage } from "./measure-coverage";

/**
 * Saturation of recall: covering half of a model answer's weighted words is
 * already a good answer (interviewers and the Mohler graders alike don't ask
 * for every word), so credit rises fast and flattens: r / (r + k·(1 − r)).
 * k = 0.3 maps recall 0.2 → 45, 0.5 → 77, 0.8 → 93. Tuned on Mohler dev.
 */
export const SATURATION = 0.3;
/** A small reward for staying on topic (share of the answer that aligns). */
export const PRECISION_SHARE = 0.15;
/** Caps for answers whose words are right but whose claim is not. */
export const STUFFING_CAP = 55;
export const WRONG_ANSWER_CAP = 25;
/**
 * Beyond losing their own credit, denied or role-swapped claims cost the
 * answer a share of its score: DENIAL_BASE for any, plus the share of the
 * model answer they hold (capped at DENIAL_CAP). Saying the opposite of a key
 * claim makes the whole answer unreliable.
 */
export const DENIAL_BASE = 0.3;
export const DENIAL_CAP = 0.75;
/** Loss for answers built on the question's other option ("compilation error" to "compile-time or run-time?"). */
export const DISTRACTOR_PENALTY = 0.7;

export interface TScoreParts {
  coverage: TCoverage;
  /** Weighted share of the model answer in clauses the answer denies or role-swaps. */
  misattributed: number;
  stuffing: boolean;
  wrongAnswer: boolean;
}

export function saturate(recall: number): number {
  return recall / (recall + SATURATION * (1 - recall) + 1e-9);
}

/** 0–100 integer score from the measured parts (see README "Score"). */
export function combineScore(parts: TScoreParts): number {
  const { coverage } = parts;
  let s = 100 * ((1 - PRECISION_SHARE) * saturate(coverage.recall) + PRECISION_SHARE * Math.sqrt(coverage.precision) * Math.min(1, coverage.recall * 4));
  if (parts.misattributed > 0) s *= 1 - Math.min(DENIAL_CAP, DENIAL_BASE + parts.misattributed);
  s *= 1 - DISTRACTOR_PENALTY * coverage.distractor;
  if (parts.stuffing) s = Math.min(s, STUFFING_CAP);
  if (parts.wrongAnswer) s = Math.min(s, WRONG_ANSWER_CAP);
  return Math.max(0, Math.min(100, Math.round(s)));
}
