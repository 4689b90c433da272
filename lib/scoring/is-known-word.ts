import { BoundedCache } from "./bounded-cache";
import { MAX_WORD_CHARS } from "./types";
import { findIndexLines } from "./wordnet";

const cache = new BoundedCache<string, boolean>(20_000);

/** True if WordNet lists the word under any part of speech. */
export function isKnownWord(lemma: string): boolean {
  if (lemma.length > MAX_WORD_CHARS) return false;
  const hit = cache.get(lemma);
  if (hit !== undefined) return hit;
  const key = `${lemma} `;
  const known = ["index.noun", "index.verb", "index.adj", "index.adv"].some((f) => findIndexLines(f, key).length > 0);
  cache.set(lemma, known);
  return known;
}
