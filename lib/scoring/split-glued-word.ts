import { BoundedCache } from "./bounded-cache";
import { STOP_WORDS } from "./function-words";
import { isKnownWord } from "./is-known-word";
import { expandAbbreviation } from "./expand-abbreviation";
import { lookupFrequency } from "./lookup-frequency";
import { lookupLexicon } from "./lookup-lexicon";

const MIN_LENGTH = 7;
/**
 * Longer runs are not glued words but noise (or an attack: trying every cut
 * costs ~n² lexicon lookups of ~n bytes each). 24 letters holds three
 * words ("membersattributesand" is 20).
 */
export const MAX_GLUED_LENGTH = 24;
/** Function words that may appear inside a run-together word ("atleast", "variablesor"). */
const GLUE_WORDS = new Set(["a", "an", "and", "or", "at", "in", "is", "to", "of", "the", "not", "but", "for", "with", "when", "if", "it", "its", "by", "on", "as"]);
const INFLECTIONS = /(ies|ied|es|ed|s|ing|ly|er|est|ment|ness|ation|able|ability)$/;
const cache = new BoundedCache<string, string[] | undefined>(5_000);

/**
 * Splits a run-together word into two or three known words ("atleast",
 * "functionlocal", "membersattributesand"), as happens when people skip a
 * space or a parenthesis is stripped. Only for words WordNet does not know
 * even after removing an inflection, and only into parts that are function
 * words or content words of 4+ letters seen in WordNet's tagged corpus, so
 * typos ("paramater") are left for the edit-distance matcher instead.
 */
export function splitGluedWord(lower: string, lemma: string): string[] | undefined {
  if (lower.length < MIN_LENGTH || lower.length > MAX_GLUED_LENGTH || !/^[a-z]+$/.test(lower)) return undefined;
  if (cache.has(lower)) return cache.get(lower);
  const result = isKnownForm(lower) || isKnownForm(lemma) ? undefined : split(lower, 3);
  cache.set(lower, result);
  return result;
}

function isKnownForm(w: string): boolean {
  if (STOP_WORDS.has(w) || isKnownWord(w) || lookupLexicon(w).size > 0 || expandAbbreviation(w)) return true;
  const base = w.replace(INFLECTIONS, "");
  // "referring" → "referr" → "refer": undo consonant doubling too.
  const undoubled = /(.)\1$/.test(base) ? base.slice(0, -1) : base;
  return base.length >= 3 && [base, `${base}e`, `${base}y`, undoubled].some(isKnownWord);
}

/** Fewest parts first; among those, the split whose shortest part is longest ("white+space" over "whites+pace"). */
function split(s: string, maxParts: number): string[] | undefined {
  let best: string[] | undefined;
  const consider = (parts: string[]) => {
    if (!best || parts.length < best.length || (parts.length === best.length && shortest(parts) > shortest(best))) best = parts;
  };
  for (let i = 2; i <= s.length - 2; i++) {
    const head = s.slice(0, i);
    if (!isPart(head)) continue;
    const tail = s.slice(i);
    if (isPart(tail)) consider([head, tail]);
    else if (maxParts > 2 && !(best && best.length === 2)) {
      const rest = split(tail, maxParts - 1);
      if (rest) consider([head, ...rest]);
    }
  }
  return best;
}

function shortest(parts: string[]): number {
  return Math.min(...parts.map((p) => (GLUE_WORDS.has(p) ? 99 : p.length)));
}

function isPart(w: string): boolean {
  if (GLUE_WORDS.has(w)) return true;
  if (w.length < 4) return false;
  if (w.length >= 6 && isKnownForm(w)) return true;
  const singular = w.endsWith("s") ? w.slice(0, -1) : w;
  return lookupFrequency(w) >= 2 || lookupFrequency(singular) >= 2;
}
