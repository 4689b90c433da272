import type { TVerdict } from "./types";

/** Score bands for verdicts; see README "Verdict". */
export const CORRECT_FROM = 70;
export const PARTIAL_FROM = 40;

export function decideVerdict(score: number, flags: { empty: boolean; wrongAnswer: boolean }): TVerdict {
  if (flags.empty) return "empty";
  if (flags.wrongAnswer) return "common-wrong-answer";
  if (score >= CORRECT_FROM) return "correct";
  if (score >= PARTIAL_FROM) return "partial";
  return "incorrect";
}
