import type { TToken } from "./analyze-text";
import type { TAlignment } from "./align-answer";
import { weighWord } from "./weigh-word";

export interface TCoverage {
  /** Weighted share of the model answer's words the answer covers, in [0, 1]. */
  recall: number;
  /** Weighted share of the model answer inside clauses the answer denies, in [0, 1]. */
  denied: number;
  /** Weighted share of the answer's own content words that align to the model answer, in [0, 1]. */
  precision: number;
  /**
   * Share of the answer's evidence that is an option offered by the question
   * which the model answer does not name ("compilation" for "compilation
   * error or run-time error?").
   */
  distractor: number;
  /** Weighted size of the model answer, and how much of it the answer covers. */
  totalWeight: number;
  coveredWeight: number;
}

/**
 * Recall over distinct model-answer words (a word repeated in the model answer
 * counts once, at its best match), and a soft precision over the answer's
 * words, with question words demoted on both sides. Words in `blocked`
 * clauses (denied or role-swapped) earn nothing.
 */
export function measureCoverage(
  alignment: TAlignment,
  answer: readonly TToken[],
  questionKeys: ReadonlySet<string>,
  questionFactor: number,
  blocked: ReadonlySet<number>,
  referenceKeys: ReadonlySet<string> = new Set(),
  optionKeys: ReadonlySet<string> = new Set(),
  /** weighWord of each answer token, when the caller measures one answer against several texts. */
  answerWeights?: readonly number[],
): TCoverage {
  const best = new Map<string, { weight: number; credit: number; blocked: boolean }>();
  for (const a of alignment.targets) {
    const key = a.target.token.key;
    const isBlocked = blocked.has(a.target.token.clause);
    const credit = isBlocked ? 0 : a.strength;
    const prev = best.get(key);
    if (!prev || credit > prev.credit || (credit === prev.credit && prev.blocked && !isBlocked)) {
      best.set(key, { weight: Math.max(prev?.weight ?? 0, a.target.weight), credit, blocked: isBlocked && a.strength > 0 });
    }
  }
  let total = 0;
  let got = 0;
  let denied = 0;
  for (const v of best.values()) {
    total += v.weight;
    got += v.weight * v.credit;
    if (v.blocked) denied += v.weight;
  }
  let answerTotal = 0;
  let answerGot = 0;
  let distractor = 0;
  let chosen = 0;
  answer.forEach((t, i) => {
    if (!t.isContent) return;
    const strength = alignment.answerStrength[i] ?? 0;
    const inQuestion = questionKeys.has(t.key);
    const option = optionKeys.has(t.key);
    const own = answerWeights?.[i] ?? weighWord(t.lemma);
    // "It will NOT cause a compilation error": an option the answer rejects is not the option it chose.
    if (option && strength === 0 && !referenceKeys.has(t.key) && !(t.negated && !t.polarityUnsure)) {
      distractor += own;
      return;
    }
    const w = own * (inQuestion ? questionFactor : 1);
    // The right option weighs what the wrong one does (both are question words): "by rows, then columns".
    if (option && strength > 0) chosen += own * strength - w * strength;
    answerTotal += w;
    answerGot += w * strength;
  });
  return {
    recall: total > 0 ? got / total : 0,
    denied: total > 0 ? denied / total : 0,
    precision: answerTotal > 0 ? answerGot / answerTotal : 0,
    distractor: distractor > 0 ? distractor / (distractor + answerGot + chosen) : 0,
    totalWeight: total,
    coveredWeight: got,
  };
}
