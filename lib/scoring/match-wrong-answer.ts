import type { TToken } from "./analyze-text";
import { alignAnswer } from "./align-answer";
import { REJECTION_WORDS } from "./function-words";
import { leadingYesNo, type TPreparedText } from "./prepare-reference";

export interface TWrongAnswerMatch {
  /** Weighted share of the wrong answer's distinctive words the answer asserts, in [0, 1]. */
  similarity: number;
  /** The answer mentions the misconception only to deny it ("it's not because they're newer"). */
  rejected: boolean;
}

/** Weight of a wrong answer's leading yes/no on a yes/no question: as much as one rare content word. */
const YES_NO_WEIGHT = 1;

/**
 * How strongly the answer asserts what makes the common wrong answer wrong.
 * Only the wrong answer's distinctive part counts: words the model answer
 * does not also say (`distinct`, see prepareReference), and on a yes/no
 * question its "yes"/"no" when the model answer says the other. Sharing the
 * topic words both use ("requests", "limits", "scheduler") proves nothing.
 * Rejection is judged per sentence: a sentence that denies any part of the
 * wrong answer ("it's not true that tags are enough, even if the team is
 * disciplined") or calls it a myth/wrong/misconception rejects all of the
 * wrong answer's words it contains.
 */
export function matchWrongAnswer(
  wrong: TPreparedText,
  distinct: readonly number[],
  yesNo: "yes" | "no" | undefined,
  answer: readonly TToken[],
): TWrongAnswerMatch {
  const alignment = alignAnswer(wrong.targets, answer);
  const rejecting = new Set<number>();
  for (const a of alignment.targets) {
    if (a.answerIndex >= 0 && a.contradicted) rejecting.add(answer[a.answerIndex]!.sentence);
  }
  for (const t of answer) if (REJECTION_WORDS.has(t.lower)) rejecting.add(t.sentence);
  let total = 0;
  let asserted = 0;
  let denied = 0;
  alignment.targets.forEach((a, k) => {
    const w = a.target.weight * (distinct[k] ?? 1);
    total += w;
    if (a.answerIndex < 0) return;
    if (rejecting.has(answer[a.answerIndex]!.sentence)) denied += w * a.strength;
    else asserted += w * a.strength;
  });
  if (yesNo) {
    total += YES_NO_WEIGHT;
    const said = leadingYesNo(answer);
    if (said === yesNo) asserted += YES_NO_WEIGHT;
    else if (said) denied += YES_NO_WEIGHT;
  }
  // A wrong answer the model answer restates almost whole has nothing of its own to recognise.
  if (total < MIN_DISTINCT_WEIGHT) return { similarity: 0, rejected: false };
  return { similarity: asserted / total, rejected: denied > asserted };
}

/** Less distinctive weight than about half a rare word: the wrong answer cannot be told from the model answer by its words. */
const MIN_DISTINCT_WEIGHT = 0.5;
