import type { TToken } from "./analyze-text";
import { alignAnswer } from "./align-answer";
import { REJECTION_WORDS } from "./function-words";
import type { TPreparedText } from "./prepare-reference";

export interface TWrongAnswerMatch {
  /** Weighted share of the wrong answer's distinctive words the answer asserts, in [0, 1]. */
  similarity: number;
  /** The answer mentions the misconception only to deny it ("it's not because they're newer"). */
  rejected: boolean;
}

/** Wrong-answer words that the model answer also uses say little about which one the answer follows. */
const SHARED_WITH_REFERENCE_FACTOR = 0.25;

/**
 * How strongly the answer asserts the common wrong answer. Reuses the word
 * alignment. Rejection is judged per sentence: a sentence that denies any part
 * of the wrong answer ("it's not true that tags are enough, even if the team
 * is disciplined") or calls it a myth/wrong/misconception rejects all of the
 * wrong answer's words it contains.
 */
export function matchWrongAnswer(wrong: TPreparedText, referenceKeys: ReadonlySet<string>, answer: readonly TToken[]): TWrongAnswerMatch {
  const alignment = alignAnswer(wrong.targets, answer);
  const rejecting = new Set<number>();
  for (const a of alignment.targets) {
    if (a.answerIndex >= 0 && a.contradicted) rejecting.add(answer[a.answerIndex]!.sentence);
  }
  for (const t of answer) if (REJECTION_WORDS.has(t.lower)) rejecting.add(t.sentence);
  let total = 0;
  let asserted = 0;
  let denied = 0;
  for (const a of alignment.targets) {
    const w = a.target.weight * (referenceKeys.has(a.target.token.key) ? SHARED_WITH_REFERENCE_FACTOR : 1);
    total += w;
    if (a.answerIndex < 0) continue;
    if (rejecting.has(answer[a.answerIndex]!.sentence)) denied += w * a.strength;
    else asserted += w * a.strength;
  }
  if (total === 0) return { similarity: 0, rejected: false };
  return { similarity: asserted / total, rejected: denied > asserted };
}
