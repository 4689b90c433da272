import type { TWrongAnswerMatch } from "./match-wrong-answer";

/** Asserting this much of the wrong answer flags it whatever else the answer says. */
export const WRONG_ASSERTED = 0.6;
/** Below WRONG_ASSERTED, the answer must also be closer to the wrong answer than to the model answer. */
export const WRONG_LEANING = 0.34;

/**
 * Flags the common wrong answer when the answer asserts it (not rejects it),
 * either strongly, or moderately while covering less of the model answer,
 * or by contradicting the model answer the way the wrong answer does.
 */
export function isWrongAnswer(match: TWrongAnswerMatch, referenceRecall: number, contradictsLikeWrong = false): boolean {
  if (match.rejected) return false;
  // The answer contradicts the model answer where the wrong answer does (see contradictsLikeWrong).
  if (contradictsLikeWrong) return true;
  // Even a strong match must be at least as close to the wrong answer as to the model answer: a right
  // answer may share a wrong answer's half-truth ("requests are the minimum") while covering the model answer.
  // Against the model answer's recall, only the evidence counts (a similarity of at least ~1.5 rare words).
  if (match.evidence >= WRONG_ASSERTED && match.evidence >= referenceRecall) return true;
  if (match.similarity >= WRONG_LEANING && match.evidence > referenceRecall) return true;
  // Reads like the wrong answer as a whole, clearly more than like the model answer.
  return match.resemblance >= WRONG_ASSERTED && match.resemblance > referenceRecall + CLEAR_MARGIN;
}

/** How much closer to the wrong answer than to the model answer a resemblance must be. */
export const CLEAR_MARGIN = 0.2;
