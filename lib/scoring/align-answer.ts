import type { TToken } from "./analyze-text";
import { isKnownWord } from "./is-known-word";
import { isAntonym, matchWord, type TMatchHow } from "./match-word";
import type { TWeightedTarget } from "./prepare-reference";

export interface TTargetAlignment {
  target: TWeightedTarget;
  /** Index into the answer tokens, or -1 when nothing matched. */
  answerIndex: number;
  strength: number;
  how: TMatchHow | undefined;
  /** Matched, but one side says it and the other denies it. */
  contradicted: boolean;
}

/** Every (model-answer word, answer word) match, not only the best one per word. */
export interface TWordPair {
  target: TWeightedTarget;
  answerIndex: number;
  strength: number;
  /** The answer word is an opposite of the model-answer word. */
  antonym: boolean;
}

export interface TAlignment {
  targets: TTargetAlignment[];
  pairs: TWordPair[];
  /** Per answer token: best strength it reached against any target (0 if none / not content). */
  answerStrength: number[];
}

/**
 * Greedy word alignment: each model-answer word takes its best answer word.
 * An answer word may serve several model-answer words (the reference often
 * repeats "function"). When candidates tie, the one with the same polarity
 * wins, so "X is not Y, X is Z" is not read as a contradiction of "X is Z".
 * `withPairs: false` skips the list of every match (and the antonyms), which
 * only the contradiction checks read: the graded-example match needs the
 * strengths alone.
 */
export function alignAnswer(targets: readonly TWeightedTarget[], answer: readonly TToken[], withPairs = true): TAlignment {
  const answerStrength = new Array<number>(answer.length).fill(0);
  const result: TTargetAlignment[] = [];
  const pairs: TWordPair[] = [];
  // Repeated answer words are matched once per model-answer word: the cost is
  // targets × distinct answer words (+ the matches), not targets × tokens.
  const forms = groupForms(answer);
  for (const target of targets) {
    let best: TTargetAlignment = { target, answerIndex: -1, strength: 0, how: undefined, contradicted: false };
    for (const form of forms) {
      const word = answer[form[0]!]!;
      const m = matchWord(target, word);
      if (!m) {
        if (withPairs && isAntonym(target, word)) for (const i of form) pairs.push({ target, answerIndex: i, strength: 1, antonym: true });
        continue;
      }
      // Two real words one letter apart ("later"/"layer") are different words, not a typo.
      if (m.how === "typo" && isKnownWord(word.lemma) && isKnownWord(target.token.lemma)) continue;
      for (const i of form) {
        if (withPairs) pairs.push({ target, answerIndex: i, strength: m.strength, antonym: false });
        const contradicted = disagree(target.token, answer[i]!);
        const better = m.strength > best.strength || (m.strength === best.strength && best.contradicted && !contradicted) || (m.strength === best.strength && best.contradicted === contradicted && i < best.answerIndex);
        if (better) best = { target, answerIndex: i, strength: m.strength, how: m.how, contradicted };
        if (m.strength > (answerStrength[i] ?? 0)) answerStrength[i] = m.strength;
      }
    }
    result.push(best);
  }
  return { targets: result, pairs, answerStrength };
}

/** Content-token indexes grouped by identical word form (lower, lemma, key, POS), in order of first use. */
function groupForms(answer: readonly TToken[]): number[][] {
  const byForm = new Map<string, number[]>();
  answer.forEach((t, i) => {
    if (!t.isContent) return;
    const id = `${t.lower}\u0000${t.lemma}\u0000${t.key}`;
    const group = byForm.get(id);
    if (group) group.push(i);
    else byForm.set(id, [i]);
  });
  return [...byForm.values()];
}

/** Opposite clause polarity, unless either clause negates only implicitly. */
export function disagree(a: TToken, b: TToken): boolean {
  return a.negated !== b.negated && !a.polarityUnsure && !b.polarityUnsure;
}
