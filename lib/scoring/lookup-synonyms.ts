import { BoundedCache } from "./bounded-cache";
import { loadSynset, senseOffsets } from "./read-synsets";
import type { TWordnetPos } from "./wordnet";

/**
 * Only the most frequent senses count as synonyms: WordNet lists rare senses
 * too ("run" has 41 verb senses, one of which means "be given"), and matching
 * through those would let unrelated answers in.
 */
const MAX_SENSES = 3;
const ALL_POS: readonly TWordnetPos[] = ["n", "v", "a", "r"];

const synonymCache = new BoundedCache<string, ReadonlySet<string>>(10_000);
const relatedCache = new BoundedCache<string, ReadonlySet<string>>(10_000);

/** Lowercase single-word synonyms of `lemma` (not including itself). */
export function lookupSynonyms(lemma: string, pos: TWordnetPos | undefined): ReadonlySet<string> {
  return memo(synonymCache, lemma, pos, (p, out) => {
    senseOffsets(lemma, p).slice(0, MAX_SENSES).forEach((offset, i) => {
      const synset = loadSynset(p, offset);
      for (const w of synset.words) out.add(w);
      // Adjective clusters ("disciplined" ~ "controlled") hang off "similar to" links.
      if (p === "a" && i < 2) for (const ptr of synset.pointers) if (ptr.symbol === "&") addWords(ptr.pos, ptr.offset, out);
    });
  });
}

/**
 * Looser neighbours for partial credit: synonyms in any sense, plus the
 * direct hypernyms/hyponyms and derivational relatives of the top senses
 * ("method" ~ "function", "execute" ~ "run", "reuse" ~ "reusability").
 */
export function lookupRelated(lemma: string, pos: TWordnetPos | undefined): ReadonlySet<string> {
  return memo(relatedCache, lemma, pos, (p, out) => {
    senseOffsets(lemma, p).forEach((offset, i) => {
      const synset = loadSynset(p, offset);
      for (const w of synset.words) out.add(w);
      if (i >= MAX_SENSES) return;
      for (const ptr of synset.pointers) {
        if (ptr.symbol === "@" || ptr.symbol === "~" || ptr.symbol === "+" || ptr.symbol === "&" || ptr.symbol === "\\") addWords(ptr.pos, ptr.offset, out);
      }
    });
  });
}

function addWords(pos: TWordnetPos, offset: number, out: Set<string>): void {
  for (const w of loadSynset(pos, offset).words) out.add(w);
}

function memo(
  cache: BoundedCache<string, ReadonlySet<string>>,
  lemma: string,
  pos: TWordnetPos | undefined,
  collect: (pos: TWordnetPos, out: Set<string>) => void,
): ReadonlySet<string> {
  const key = `${lemma}|${pos ?? "*"}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const out = new Set<string>();
  for (const p of pos ? [pos] : ALL_POS) collect(p, out);
  // The tagger is sometimes wrong about the part of speech; fall back to all.
  if (out.size === 0 && pos) for (const p of ALL_POS) if (p !== pos) collect(p, out);
  out.delete(lemma);
  cache.set(key, out);
  return out;
}
