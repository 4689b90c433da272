import { BoundedCache } from "./bounded-cache";
import { MAX_WORD_CHARS } from "./types";
import { findIndexLines } from "./wordnet";

const cache = new BoundedCache<string, number>(20_000);

/**
 * How often `lemma` was seen in WordNet's sense-tagged corpus (SemCor tag
 * counts summed over its senses). A general-English frequency that needs no
 * extra download; technical words ("digest", "rollback") have 0, everyday
 * words ("make", "time") have hundreds. Used for informativeness weights.
 */
export function lookupFrequency(lemma: string): number {
  if (lemma.length > MAX_WORD_CHARS) return 0;
  const hit = cache.get(lemma);
  if (hit !== undefined) return hit;
  let total = 0;
  for (const line of findIndexLines("index.sense", `${lemma.replace(/ /g, "_")}%`)) {
    total += Number(line.slice(line.lastIndexOf(" ") + 1)) || 0;
  }
  cache.set(lemma, total);
  return total;
}
