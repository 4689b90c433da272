import { isKnownWord } from "./is-known-word";
import { lookupFrequency } from "./lookup-frequency";

/**
 * How quickly weight falls with general-English frequency. Informativeness
 * matters less than one would think on the Mohler dev split (uniform weights
 * are within 0.01 r), so the curve is gentle: weight 1 for unseen words,
 * ~0.5 for "memory"/"store", ~0.3 for "make"/"location".
 */
export const FREQUENCY_SOFTNESS = 3;
/** Not in WordNet: a field term ("kubernetes") or a typo; neither deserves the top weight blindly. */
export const UNKNOWN_WORD_WEIGHT = 0.8;
export const NUMBER_WEIGHT = 0.8;

/**
 * Informativeness of a content word in (0, 1]. Frequency is WordNet's SemCor
 * tag count (see lookupFrequency), a general-English source: no grades or
 * answers are ever used to derive weights.
 */
export function weighWord(lemma: string): number {
  if (/^\d+$/.test(lemma)) return NUMBER_WEIGHT;
  if (!isKnownWord(lemma)) return UNKNOWN_WORD_WEIGHT;
  return 1 / (1 + Math.log1p(lookupFrequency(lemma)) / FREQUENCY_SOFTNESS);
}
