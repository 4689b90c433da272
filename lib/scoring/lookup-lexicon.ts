import stem from "wink-porter2-stemmer";
import { SYNONYM_SETS } from "./lexicon";

let index: Map<string, Set<string>> | undefined;

/**
 * Field synonyms of a word, as words and their stems so inflected answers
 * ("vanishes") match. Built once from lexicon.ts (a few hundred entries).
 */
export function lookupLexicon(word: string): ReadonlySet<string> {
  if (!index) index = buildIndex();
  return index.get(word) ?? index.get(stem(word)) ?? EMPTY;
}

const EMPTY: ReadonlySet<string> = new Set();

function buildIndex(): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  for (const set of SYNONYM_SETS) {
    const forms = set.flatMap((w) => [w, stem(w)]);
    for (const w of set) {
      for (const key of [w, stem(w)]) {
        let entry = map.get(key);
        if (!entry) map.set(key, (entry = new Set()));
        for (const f of forms) entry.add(f);
      }
    }
  }
  return map;
}
