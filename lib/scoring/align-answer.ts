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
 */
export function alignAnswer(targets: readonly TWeightedTarget[], answer: readonly TToken[]): TAlignment {
  const answerStrength = new Array<number>(answer.length).fill(0);
  const result: TTargetAlignment[] = [];
  const pairs: TWordPair[] = [];
  for (const target of targets) {
    let best: TTargetAlignment = { target, answerIndex: -1, strength: 0, how: undefined, contradicted: false };
    answer.forEach((word, i) => {
      if (!word.isContent) return;
      const m = matchWord(target, word);
      if (!m) {
        if (isAntonym(target, word)) pairs.push({ target, answerIndex: i, strength: 1, antonym: true });
        return;
      }
      // Two real words one letter apart ("later"/"layer") are different words, not a typo.
      if (m.how === "typo" && isKnownWord(word.lemma) && isKnownWord(target.token.lemma)) return;
      pairs.push({ target, answerIndex: i, strength: m.strength, antonym: false });
      const contradicted = disagree(target.token, word);
      const better = m.strength > best.strength || (m.strength === best.strength && best.contradicted && !contradicted);
      if (better) best = { target, answerIndex: i, strength: m.strength, how: m.how, contradicted };
      if (m.strength > (answerStrength[i] ?? 0)) answerStrength[i] = m.strength;
    });
    result.push(best);
  }
  return { targets: result, pairs, answerStrength };
}

/** Opposite clause polarity, unless either clause negates only implicitly. */
export function disagree(a: TToken, b: TToken): boolean {
  return a.negated !== b.negated && !a.polarityUnsure && !b.polarityUnsure;
}
