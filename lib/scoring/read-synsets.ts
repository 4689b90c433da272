import { BoundedCache } from "./bounded-cache";
import { findIndexLines, posFileName, readSynset, type TWordnetPos } from "./wordnet";

export interface TSynset {
  /** Lowercase single-word lemmas (multi-word lemmas cannot align to one token). */
  words: string[];
  pointers: { symbol: string; offset: number; pos: TWordnetPos }[];
}

const synsetCache = new BoundedCache<string, TSynset>(20_000);

/** Synset offsets of a lemma in one part of speech, most frequent sense first. */
export function senseOffsets(lemma: string, pos: TWordnetPos): number[] {
  const line = findIndexLines(posFileName(pos), `${lemma.replace(/ /g, "_")} `)[0];
  if (!line) return [];
  // Index line: lemma pos synset_cnt p_cnt [ptr...] sense_cnt tagsense_cnt offsets...
  const f = line.trim().split(" ");
  const pCnt = Number(f[3]);
  const synsetCnt = Number(f[2]);
  return f.slice(4 + pCnt + 2, 4 + pCnt + 2 + synsetCnt).map(Number);
}

export function loadSynset(pos: TWordnetPos, offset: number): TSynset {
  const key = `${pos}${offset}`;
  let hit = synsetCache.get(key);
  if (!hit) {
    hit = parseSynset(readSynset(pos, offset));
    synsetCache.set(key, hit);
  }
  return hit;
}

/** Data line: offset lex_filenum ss_type w_cnt(hex) [word lex_id]... p_cnt [symbol offset pos src/tgt]... | gloss */
function parseSynset(line: string): TSynset {
  const f = line.split(" ");
  const wCnt = parseInt(f[3] ?? "0", 16);
  const words: string[] = [];
  for (let i = 0; i < wCnt; i++) {
    const w = (f[4 + i * 2] ?? "").toLowerCase().replace(/\(.*\)$/, "");
    if (w && !w.includes("_")) words.push(w);
  }
  const pAt = 4 + wCnt * 2;
  const pCnt = Number(f[pAt]);
  const pointers: TSynset["pointers"] = [];
  for (let i = 0; i < pCnt; i++) {
    const base = pAt + 1 + i * 4;
    const p = f[base + 2] === "s" ? "a" : ((f[base + 2] ?? "n") as TWordnetPos);
    pointers.push({ symbol: f[base] ?? "", offset: Number(f[base + 1]), pos: p });
  }
  return { words, pointers };
}
