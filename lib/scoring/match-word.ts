import { distance } from "fastest-levenshtein";
import type { TToken } from "./analyze-text";

export type TMatchHow = "exact" | "lexicon" | "synonym" | "typo" | "derived" | "related";

export interface TWordMatch {
  strength: number;
  how: TMatchHow;
}

/** Credit per kind of match: a synonym is good evidence, not proof of the same claim. */
export const MATCH_STRENGTH: Record<TMatchHow, number> = {
  exact: 1,
  lexicon: 0.9,
  typo: 0.9,
  synonym: 0.75,
  derived: 0.7,
  related: 0.1,
};

/** A model-answer word with what it may be matched by. */
export interface TTarget {
  token: TToken;
  lexicon: ReadonlySet<string>;
  synonyms: ReadonlySet<string>;
  related: ReadonlySet<string>;
  antonyms: ReadonlySet<string>;
}

/**
 * How well an answer word stands for a model-answer word. Typos are allowed
 * only in longer words (≤1 edit for 5–8 letters, ≤2 for 9+), because short
 * words are one edit away from many unrelated words ("pod"/"pot").
 */
export function matchWord(target: TTarget, word: TToken): TWordMatch | undefined {
  const r = target.token;
  if (r.key === word.key || r.lemma === word.lemma || r.lower === word.lower) return { strength: MATCH_STRENGTH.exact, how: "exact" };
  if (target.lexicon.has(word.lemma) || target.lexicon.has(word.lower) || target.lexicon.has(word.key)) {
    return { strength: MATCH_STRENGTH.lexicon, how: "lexicon" };
  }
  if (target.synonyms.has(word.lemma) || target.synonyms.has(word.lower)) return { strength: MATCH_STRENGTH.synonym, how: "synonym" };
  if (isTypo(r.lower, word.lower) || isTypo(r.lemma, word.lemma)) return { strength: MATCH_STRENGTH.typo, how: "typo" };
  if (isDerived(r.lemma, word.lemma)) return { strength: MATCH_STRENGTH.derived, how: "derived" };
  if (target.related.has(word.lemma) || target.related.has(word.lower)) return { strength: MATCH_STRENGTH.related, how: "related" };
  return undefined;
}

export function isTypo(a: string, b: string): boolean {
  const len = Math.min(a.length, b.length);
  if (len < 5 || Math.abs(a.length - b.length) > 2) return false;
  // Typos rarely hit the first letter; requiring it also avoids pairs like "cache"/"tache".
  if (a[0] !== b[0]) return false;
  const allowed = len >= 9 ? 2 : 1;
  return distance(a, b) <= allowed || isTransposition(a, b);
}

/** One swap of adjacent letters ("chnage", "stabel"): Levenshtein counts it as two edits. */
function isTransposition(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i < a.length - 1 && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/**
 * Same word family by a long shared beginning ("reuse"/"reusability",
 * "abstract"/"abstraction"), which the stemmer does not join. Needs a prefix
 * of at least 4 letters covering 3/4 of the shorter word.
 */
export function isDerived(a: string, b: string): boolean {
  const shorter = Math.min(a.length, b.length);
  if (shorter < 4) return false;
  let p = 0;
  while (p < shorter && a[p] === b[p]) p++;
  return p >= 4 && p >= 0.75 * shorter;
}

/** The answer word states the opposite of the model-answer word ("grows" vs "shrinks"). */
export function isAntonym(target: TTarget, word: TToken): boolean {
  return target.antonyms.has(word.lemma) || target.antonyms.has(word.lower);
}
