import { BoundedCache } from "./bounded-cache";
import { ANTONYM_PAIRS } from "./lexicon";
import { loadSynset, senseOffsets } from "./read-synsets";
import type { TWordnetPos } from "./wordnet";

const ALL_POS: readonly TWordnetPos[] = ["n", "v", "a", "r"];
const MAX_SENSES = 3;
const NEGATING_PREFIXES = ["non", "un", "in", "im", "ir", "il", "dis"];
const cache = new BoundedCache<string, ReadonlySet<string>>(10_000);
let pairIndex: Map<string, Set<string>> | undefined;

/**
 * Words that state the opposite of `lemma`: WordNet antonym links of its top
 * adjective/adverb senses ("shrink" ↔ "grow"), the field's pairs in lexicon.ts
 * ("mutable" ↔ "immutable"), and negating prefixes ("sensitive" ↔
 * "nonsensitive", "stable" ↔ "unstable").
 */
export function lookupAntonyms(lemma: string, pos: TWordnetPos | undefined): ReadonlySet<string> {
  const cacheKey = `${lemma}|${pos ?? "*"}`;
  const hit = cache.get(cacheKey);
  if (hit) return hit;
  const out = new Set<string>(pairs().get(lemma) ?? []);
  // Only adjectives and adverbs, in the tagged part of speech: verb antonyms
  // ("leave"/"come") misfire whenever the tagger misreads a word ("on its left").
  for (const p of (pos ? [pos] : ALL_POS).filter((x) => x === "a" || x === "r")) {
    for (const offset of senseOffsets(lemma, p).slice(0, MAX_SENSES)) {
      for (const ptr of loadSynset(p, offset).pointers) {
        if (ptr.symbol === "!") for (const w of loadSynset(ptr.pos, ptr.offset).words) out.add(w);
      }
    }
  }
  for (const p of NEGATING_PREFIXES) {
    out.add(p + lemma);
    if (lemma.startsWith(p) && lemma.length - p.length >= 4) out.add(lemma.slice(p.length));
  }
  out.delete(lemma);
  cache.set(cacheKey, out);
  return out;
}

function pairs(): Map<string, Set<string>> {
  if (!pairIndex) {
    pairIndex = new Map();
    for (const [a, b] of ANTONYM_PAIRS) {
      (pairIndex.get(a) ?? pairIndex.set(a, new Set()).get(a)!).add(b);
      (pairIndex.get(b) ?? pairIndex.set(b, new Set()).get(b)!).add(a);
    }
  }
  return pairIndex;
}
