import type { TToken } from "./analyze-text";
import type { TSwap } from "./find-swapped-roles";
import { isKnownWord } from "./is-known-word";
import { lookupAntonyms } from "./lookup-antonyms";
import { lookupSynonyms } from "./lookup-synonyms";
import { memoOnTokens } from "./memo-on-tokens";
import { NOUNS, VERBAL } from "./pos-tags";

/** Nouns kept per side of a comparison, and comparisons read per text: bounds the work on long answers. */
const MAX_SIDE_WORDS = 4;
const MAX_COMPARISONS = 12;
const MORE = new Set(["more", "greater"]);
const LESS = new Set(["less", "fewer"]);
const PREFER = new Set(["prefer", "favor", "favour"]);
const IRREGULAR: Readonly<Record<string, string>> = { better: "good", best: "good", worse: "bad", worst: "bad", further: "far", farther: "far" };
/** Amounts: "more/higher/larger overhead" all say there is more of it, "less/lower/smaller" less. */
const AMOUNT: Readonly<Record<string, string>> = { many: "many", much: "many", high: "many", large: "many", big: "many", great: "many", few: "less:many", little: "less:many", low: "less:many", small: "less:many" };

/** "A is <quality>-er than B": `winner` holds A's noun stems, `loser` B's. */
interface TComparison {
  clause: number;
  quality: string;
  winner: Map<string, string>;
  loser: Map<string, string>;
  negated: boolean;
}

/**
 * Comparisons said the wrong way round: "PostgreSQL is faster than Redis"
 * against "Redis is faster than PostgreSQL", "TCP has lower overhead than
 * UDP" against "UDP has lower overhead than TCP", "prefers index lookups over
 * a sequential scan" against "prefers a sequential scan over index lookups".
 * The answer's quality must be the model answer's (same word or a WordNet
 * synonym) or its opposite ("slower", "less", an antonym), which turns the
 * sides round; a "not" turns them round again. Both sides must be named by
 * the answer and cross: its winner is the model answer's loser and the other
 * way round. "UDP has higher overhead than TCP" is reversed too; "TCP has
 * higher overhead than UDP" agrees: `agreed` holds the model-answer clauses
 * a comparison restates, even with the opposite word ("PostgreSQL is slower
 * than Redis"), so the opposite word is not read as a denial.
 */
export function compareComparisons(reference: readonly TToken[], answer: readonly TToken[]): { reversed: TSwap[]; agreed: Set<number> } {
  const agreed = new Set<number>();
  const refs = referenceComparisons(reference);
  if (refs.length === 0) return { reversed: [], agreed };
  for (const said of readComparisons(answer)) {
    for (const ref of refs) {
      const relation = relate(ref.quality, said.quality);
      if (relation === 0) continue;
      const flip = (relation < 0) !== (ref.negated !== said.negated);
      const [winner, loser] = flip ? [said.loser, said.winner] : [said.winner, said.loser];
      const used = first(winner, ref.loser);
      if (used !== undefined && first(loser, ref.winner) !== undefined && !overlaps(winner, ref.winner)) {
        return { reversed: [{ clause: ref.clause, usedSubject: used, expectedSubject: [...ref.winner.values()][0] ?? used }], agreed };
      }
      if (overlaps(winner, ref.winner) && overlaps(loser, ref.loser)) agreed.add(ref.clause);
    }
  }
  return { reversed: [], agreed };
}

/** The model answer's comparisons, read once per card. */
const referenceComparisons = memoOnTokens(readComparisons);

/** +1 same quality, −1 opposite quality, 0 unrelated (or the relation unknown). */
function relate(a: string, b: string): number {
  const [qa, sa] = split(a);
  const [qb, sb] = split(b);
  const sign = sa * sb;
  if (qa === qb) return sign;
  if (lookupSynonyms(qa, "a").has(qb) || lookupSynonyms(qa, "r").has(qb)) return sign;
  if (lookupAntonyms(qa, "a").has(qb) || lookupAntonyms(qa, "r").has(qb)) return -sign;
  return 0;
}

/** "less:durable" → ["durable", −1]; "fast" → ["fast", +1]. */
function split(quality: string): [string, number] {
  return quality.startsWith("less:") ? [quality.slice(5), -1] : [quality, 1];
}

function overlaps(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): boolean {
  for (const k of a.keys()) if (b.has(k)) return true;
  return false;
}

function first(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): string | undefined {
  for (const [k, text] of a) if (b.has(k)) return text;
  return undefined;
}

/** Every "… -er than …", "more/less X than …", "prefer A over/to B" and "A before/after B" in the text, one pass per clause. */
function readComparisons(tokens: readonly TToken[]): TComparison[] {
  const out: TComparison[] = [];
  let start = 0;
  for (let i = 0; i <= tokens.length && out.length < MAX_COMPARISONS; i++) {
    if (i < tokens.length && tokens[i]!.clause === tokens[start]!.clause) continue;
    const c = readClause(tokens, start, i);
    if (c) out.push(c);
    start = i;
  }
  return out;
}

function readClause(tokens: readonly TToken[], from: number, to: number): TComparison | undefined {
  const pivot = findPivot(tokens, from, to);
  if (!pivot) return undefined;
  const winner = nounsIn(tokens, pivot.winnerFrom, pivot.at);
  const loser = nounsIn(tokens, pivot.loserFrom, to, true);
  // Words on both sides ("reads from Redis … than reads from PostgreSQL") say nothing about who wins.
  for (const k of [...winner.keys()]) {
    if (loser.delete(k)) winner.delete(k);
  }
  if (winner.size === 0 || loser.size === 0) return undefined;
  const negated = tokens.slice(from, to).some((t) => t.negated && !t.polarityUnsure);
  return { clause: tokens[from]!.clause, quality: pivot.quality, winner, loser, negated };
}

/** Where the comparison turns: its quality, where the winner's words start, and where the loser's start. */
function findPivot(tokens: readonly TToken[], from: number, to: number): { quality: string; at: number; winnerFrom: number; loserFrom: number } | undefined {
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (PREFER.has(t.lemma)) {
      const over = indexOf(tokens, i + 1, to, (u) => u.lower === "over" || u.lower === "to");
      if (over > i + 1) return { quality: "prefer", at: over, winnerFrom: i + 1, loserFrom: over + 1 };
      continue;
    }
    if ((t.lower === "before" || t.lower === "after") && t.pos === "ADP") {
      // "written to the log before the data files": what comes first is named between the verb and "before".
      let verb = i - 1;
      while (verb >= from && !VERBAL.has(tokens[verb]!.pos)) verb--;
      return { quality: t.lower === "before" ? "before" : "less:before", at: i, winnerFrom: verb + 1, loserFrom: i + 1 };
    }
    if (t.lower !== "than") continue;
    for (let j = i - 1; j >= from && j >= i - 4; j--) {
      const q = qualityAt(tokens, j);
      if (q) return { quality: q, at: j, winnerFrom: from, loserFrom: i + 1 };
    }
    return undefined;
  }
  return undefined;
}

/** The quality a comparative word names: "faster" → "fast", "more portable" → "portable", "less durable" → "less:durable". */
function qualityAt(tokens: readonly TToken[], j: number): string | undefined {
  const t = tokens[j]!;
  const before = tokens[j - 1]?.lower;
  if (before && (MORE.has(before) || LESS.has(before))) {
    const quality = t.pos === "NOUN" ? "many" : t.lemma;
    return LESS.has(before) ? `less:${quality}` : quality;
  }
  if (MORE.has(t.lower)) return "many";
  if (LESS.has(t.lower)) return "less:many";
  const base = baseOf(t);
  if (!base) return undefined;
  return tokens[j + 1]?.pos === "NOUN" && AMOUNT[base] ? AMOUNT[base] : base;
}

/** "faster" → "fast", "heavier" → "heavy", "bigger" → "big", "safer" → "safe"; undefined for a word that is no comparative. */
function baseOf(t: TToken): string | undefined {
  if (IRREGULAR[t.lower]) return IRREGULAR[t.lower];
  if (!/er$/.test(t.lower) || (t.pos !== "ADJ" && t.pos !== "ADV")) return undefined;
  if (t.lemma !== t.lower) return t.lemma;
  const stem = t.lower.slice(0, -2);
  if (stem.endsWith("i")) return `${stem.slice(0, -1)}y`;
  if (/([bdgmnpt])\1$/.test(stem)) return stem.slice(0, -1);
  return isKnownWord(stem) || !isKnownWord(`${stem}e`) ? stem : `${stem}e`;
}

function indexOf(tokens: readonly TToken[], from: number, to: number, test: (t: TToken) => boolean): number {
  for (let i = from; i < to; i++) if (test(tokens[i]!)) return i;
  return -1;
}

/** Noun stems in [from, to); the loser side ends at its first preposition ("than PostgreSQL | for key lookups"). */
function nounsIn(tokens: readonly TToken[], from: number, to: number, stopAtPreposition = false): Map<string, string> {
  const out = new Map<string, string>();
  for (let i = from; i < to && out.size < MAX_SIDE_WORDS; i++) {
    const t = tokens[i]!;
    if (stopAtPreposition && out.size > 0 && (t.pos === "ADP" || t.pos === "SCONJ")) break;
    if (t.isContent && NOUNS.has(t.pos)) out.set(t.key, t.text);
  }
  return out;
}
