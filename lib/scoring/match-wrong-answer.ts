import type { TToken } from "./analyze-text";
import { alignAnswer } from "./align-answer";
import { REJECTION_WORDS } from "./function-words";
import { answeredNo, opposed, outgrown, swapsBack } from "./reject-wrong-answer";
import { leadingYesNo, type TPreparedText } from "./prepare-reference";

export interface TWrongAnswerMatch {
  /** Weighted share of the wrong answer's distinctive words the answer asserts, in [0, 1]. */
  similarity: number;
  /**
   * The same share, but of at least MIN_EVIDENCE_WEIGHT: a wrong answer whose
   * distinctive part is one generic word ("Pods" in "…the scheduler uses
   * limits to place Pods") cannot prove much by it.
   */
  evidence: number;
  /** The same with words the model answer shares counted at SHARED_FLOOR: how much the answer reads like the wrong answer at all. */
  resemblance: number;
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
    if (a.answerIndex >= 0 && opposed(wrong.tokens, a.target.index, answer, a.answerIndex)) rejecting.add(answer[a.answerIndex]!.sentence);
  }
  // Any denied occurrence counts, not only each word's best match: "…places Pods by requests, not limits"
  // denies the "limits" of "uses limits to place Pods" though "limits" also appears plainly earlier.
  for (const p of alignment.pairs) {
    const word = answer[p.answerIndex]!;
    if (!p.antonym && p.strength >= 0.75 && word.afterCue && opposed(wrong.tokens, p.target.index, answer, p.answerIndex)) rejecting.add(word.sentence);
  }
  for (const t of answer) if (REJECTION_WORDS.has(t.lower)) rejecting.add(t.sentence);
  for (const s of outgrown(wrong.tokens, answer, alignment)) rejecting.add(s);
  for (const s of answeredNo(answer)) rejecting.add(s);
  let total = 0;
  let asserted = 0;
  let denied = 0;
  let looseTotal = 0;
  let looseAsserted = 0;
  let looseDenied = 0;
  alignment.targets.forEach((a, k) => {
    const d = distinct[k] ?? 1;
    const w = a.target.weight * d;
    const loose = a.target.weight * Math.max(SHARED_FLOOR, d);
    total += w;
    looseTotal += loose;
    if (a.answerIndex < 0) return;
    // An explicit cue on top of an implicit negation ("utilization doesn't block scheduling") says neither: the
    // polarity cannot be read, so the words neither assert the wrong answer nor deny it.
    const said = answer[a.answerIndex]!;
    if (said.negated && said.polarityUnsure && !rejecting.has(said.sentence)) return;
    if (rejecting.has(said.sentence)) {
      denied += w * a.strength;
      looseDenied += loose * a.strength;
    } else {
      asserted += w * a.strength;
      looseAsserted += loose * a.strength;
    }
  });
  if (yesNo) {
    total += YES_NO_WEIGHT;
    looseTotal += YES_NO_WEIGHT;
    const said = leadingYesNo(answer);
    if (said === yesNo) {
      asserted += YES_NO_WEIGHT;
      looseAsserted += YES_NO_WEIGHT;
    } else if (said) {
      denied += YES_NO_WEIGHT;
      looseDenied += YES_NO_WEIGHT;
    }
  }
  const resemblance = looseTotal > 0 ? looseAsserted / looseTotal : 0;
  // Denying the shared words counts too: "…places Pods by requests, not limits" rejects "uses limits to place Pods".
  const rejected = denied > asserted || looseDenied > looseAsserted || swapsBack(wrong.tokens, answer, alignment);
  // A wrong answer the model answer restates almost whole has nothing of its own to recognise.
  if (total < MIN_DISTINCT_WEIGHT) return { similarity: 0, evidence: 0, resemblance, rejected };
  return { similarity: asserted / total, evidence: asserted / Math.max(total, MIN_EVIDENCE_WEIGHT), resemblance, rejected };
}

/** Words the model answer shares still say a little about which of the two an answer follows. */
const SHARED_FLOOR = 0.25;

/**
 * Distinctive weight below which a similarity is weak evidence (about one
 * and a half rare words): it may still tell which side an answer that covers
 * little of the model answer leans to, not outweigh a model answer covered.
 */
const MIN_EVIDENCE_WEIGHT = 1.5;

/** Less distinctive weight than about half a rare word: the wrong answer cannot be told from the model answer by its words. */
const MIN_DISTINCT_WEIGHT = 0.5;
