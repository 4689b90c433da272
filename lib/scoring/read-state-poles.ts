import type { TToken } from "./analyze-text";
import { BoundedCache } from "./bounded-cache";
import { isKnownWord } from "./is-known-word";
import { STATE_DIMENSIONS } from "./lexicon";
import { isCue, negatesImplicitly } from "./mark-negation";
import { isTypo } from "./match-word";
import { memoOnTokens } from "./memo-on-tokens";
import { VERBAL } from "./pos-tags";

/** A clause's pole on one dimension (0 when it says both), where it is said, and whether only by an adjective naming a thing ("closed path"). */
export interface TPole {
  pole: number;
  at: number;
  attributive: boolean;
  /** Said of the place a "not" denies being in ("not in the closed path"): it may agree with a claim, but denies only membership, which the denial stage reads. */
  membership: boolean;
}

/** Pole of a word on one dimension of STATE_DIMENSIONS: +1 or −1. */
interface TStateWord {
  dim: number;
  pole: 1 | -1;
}

const byWord = new Map<string, TStateWord[]>();
STATE_DIMENSIONS.forEach((d, dim) => {
  for (const [words, pole] of [[d.plus, 1], [d.minus, -1]] as const) {
    for (const w of words) byWord.set(w, [...(byWord.get(w) ?? []), { dim, pole }]);
  }
});
const TABLE = [...byWord.keys()];
export const CLOSED_DIM = STATE_DIMENSIONS.findIndex((d) => d.name === "closed");
const PLACE_PREPOSITIONS = new Set(["in", "within", "inside", "into", "on"]);
const typoCache = new BoundedCache<string, readonly TStateWord[]>(5_000);

/** The state words a token stands for; typed words one typo off count too ("seperated", "conected"). */
export function stateWords(t: TToken): readonly TStateWord[] {
  if (!t.isWord || t.isCue || isPartOfName(t) || isComparative(t)) return [];
  const exact = byWord.get(t.lemma) ?? byWord.get(t.lower);
  if (exact) return exact;
  if (t.lower.length < 5) return [];
  const key = `${t.lower}|${t.lemma}`;
  const hit = typoCache.get(key);
  if (hit) return hit;
  // Two real words one letter apart ("contract"/"contact") are different words, not a typo.
  const found = isKnownWord(t.lemma) ? undefined : TABLE.find((w) => isTypo(w, t.lower));
  const out = found ? byWord.get(found)! : [];
  typoCache.set(key, out);
  return out;
}

/** A piece of a longer typed word or an abbreviation's expansion ("OpenTelemetry", "CI" = continuous integration) names a thing; it asserts no state. */
function isPartOfName(t: TToken): boolean {
  return t.text.toLowerCase() !== t.lower;
}

/** "closest to each other", "closer": a degree of nearness, not the state of the base word ("close" = closed). */
function isComparative(t: TToken): boolean {
  return t.lower !== t.lemma && /(?:er|est)$/.test(t.lower) && !/(?:er|est)$/.test(t.lemma);
}

/**
 * Per clause and dimension: the asserted pole, or 0 when the clause says both.
 * A "not" flips the state words after it ("no gap", "not separated by any
 * gaps"), but not a state word before it ("the closed path is not …") nor
 * one that only describes the thing another flipped state word is about:
 * "not in the same closed path" denies "same", the path is still closed.
 */
export function clausePoles(tokens: readonly TToken[]): Map<number, Map<number, TPole>> {
  const out = new Map<number, Map<number, TPole>>();
  // A clause negated implicitly ("avoids", "unlimited") has no sure polarity, unless the word doing it is a state word of its own ("incomplete").
  const unsure = new Set<number>();
  for (const t of tokens) if (t.polarityUnsure && negatesImplicitly(t) && stateWords(t).length === 0) unsure.add(t.clause);
  for (const c of degreeComparisons(tokens)) unsure.add(c);
  let flippedIn = -1;
  let cueIn = -1;
  // The clause of the last preposition after a cue: "not [contained] in the closed path" denies being in it.
  let deniedPlaceIn = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (isCue(tokens, i)) {
      cueIn = t.clause;
      deniedPlaceIn = -1;
    } else if (cueIn === t.clause && startsNewClaim(tokens, i)) cueIn = -1;
    else if (cueIn === t.clause && PLACE_PREPOSITIONS.has(t.lower)) deniedPlaceIn = t.clause;
    const states = unsure.has(t.clause) || isSubjectNoun(tokens, i) || isAction(t) || isPostNominal(tokens, i) ? [] : stateWords(t);
    if (states.length === 0) continue;
    const attributive = isAttributive(tokens, i);
    const outOf = attributive && isOutOf(tokens, i);
    // "out of" has no cue for the denial stage to read, so it stays a reversed state.
    const membership = attributive && !outOf && deniedPlaceIn === t.clause && cueIn === t.clause;
    // Only a cue of the clause itself: a polarity carried from a bare "Not really:" is too loose to call a state reversed.
    const flip = outOf || (t.afterCue && cueIn === t.clause && !(flippedIn === t.clause && attributive));
    if (flip) flippedIn = t.clause;
    for (const s of states) {
      const pole = flip ? -s.pole : s.pole;
      const poles = out.get(t.clause) ?? new Map<number, TPole>();
      const cur = poles.get(s.dim);
      // "not in the *same* path" still says apart: only the kind of place ("closed") is not what the "not" denies.
      const place = membership && s.dim === CLOSED_DIM;
      // "a gap in the closed path": the claim is the gap; an adjective naming the thing yields to it.
      if (!cur || (cur.attributive && !attributive)) poles.set(s.dim, { pole, at: i, attributive, membership: place });
      else if (cur.attributive === attributive && cur.pole !== pole) cur.pole = 0;
      out.set(t.clause, poles);
    }
  }
  return out;
}

/** Per model answer (the prepared card's tokens, themselves memoized): its clause poles. */
export const referencePoles: (reference: readonly TToken[]) => Map<number, Map<number, TPole>> = memoOnTokens(clausePoles);

/**
 * A noun is a state only as what a clause asserts ("there is a gap", "no
 * connection", "a gap between them"): before the clause's verb it names what
 * the clause is about ("Every connection costs a process", "Connections are
 * cheap").
 */
function isSubjectNoun(tokens: readonly TToken[], i: number): boolean {
  const t = tokens[i]!;
  if (t.pos !== "NOUN") return false;
  if (tokens[i + 1]?.lower === "between") return false;
  for (let j = i - 1; j >= 0 && tokens[j]!.clause === t.clause; j--) {
    const u = tokens[j]!;
    if (VERBAL.has(u.pos) || u.isCue) return false;
  }
  return true;
}

/** "not being connected - there is a gap": a free dash or a new "there is" opens a claim the cue before it does not reach. */
function startsNewClaim(tokens: readonly TToken[], i: number): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  // A dash standing free, not the hyphen inside "time-slicing".
  const dash = t.lower === "-" && i > 0 && tokens[i - 1]!.end < t.start && next !== undefined && t.end < next.start;
  return dash || (t.lower === "there" && next !== undefined && next.lemma === "be");
}

const DEGREE = new Set(["more", "less", "fewer"]);
// "as long as the signature is different" is a condition, "as well as" an "and": no degrees compared.
const AS_IDIOMS = new Set(["long", "soon", "well", "far"]);

/**
 * Clauses comparing degrees ("not isolated as strongly as VMs", "less
 * isolated than VMs"): a "not" there denies the degree, not the state, and
 * which side has more of it is for the comparison stage to read. "different
 * than" is no degree: it is the state itself.
 */
function degreeComparisons(tokens: readonly TToken[]): Set<number> {
  const out = new Set<number>();
  for (let i = 2; i < tokens.length; i++) {
    const t = tokens[i]!;
    const degree = tokens[i - 1]!;
    if (t.lower === "as" && tokens[i - 2]!.lower === "as" && tokens[i - 2]!.clause === t.clause && (degree.pos === "ADV" || degree.pos === "ADJ") && !AS_IDIOMS.has(degree.lower)) out.add(t.clause);
    if (t.lower !== "than") continue;
    for (let j = i - 1; j >= 0 && j >= i - 4 && tokens[j]!.clause === t.clause; j--) {
      const u = tokens[j]!;
      if (DEGREE.has(u.lower) || isComparative(u)) out.add(t.clause);
    }
  }
  return out;
}

/** "paths connected to the battery": a participle right after its noun describes that thing, it is not what the clause claims of its subject. */
function isPostNominal(tokens: readonly TToken[], i: number): boolean {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  if (!(t.pos === "VERB" && t.lower.endsWith("ed") && prev !== undefined && prev.clause === t.clause && (prev.pos === "NOUN" || prev.pos === "PROPN"))) return false;
  // "1s connected to 6" (a subject, its verb left out) still claims the state.
  return !isSubjectNoun(tokens, i - 1);
}

/** "out of the closed path", "outside a closed path": not in it, as "not in" says, without a cue. */
function isOutOf(tokens: readonly TToken[], i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 3 && tokens[j]!.clause === tokens[i]!.clause; j--) {
    const u = tokens[j]!;
    if (u.lower === "outside" || (u.lower === "of" && tokens[j - 1]?.lower === "out")) return true;
    if (u.pos !== "DET" && u.pos !== "ADP") return false;
  }
  return false;
}

/** "opening one per request", "connecting per request": an -ing verb is something done, not a state that holds. */
function isAction(t: TToken): boolean {
  return t.pos === "VERB" && t.lower.endsWith("ing");
}

/** An adjective right before a noun of its clause ("closed path"): it describes the thing, it is not the claim. */
function isAttributive(tokens: readonly TToken[], i: number): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  return (t.pos === "ADJ" || t.pos === "VERB") && next !== undefined && next.clause === t.clause && (next.pos === "NOUN" || next.pos === "PROPN");
}

/** A noun or adjective in the run of adjectives and nouns right after a state adjective ("same *electrical state*"); a verb's object is a thing of its own ("shrinks *attack surface*"). */
export function describedByState(tokens: readonly TToken[], i: number): boolean {
  for (let j = i - 1; j >= 0 && tokens[j]!.clause === tokens[i]!.clause; j--) {
    const t = tokens[j]!;
    if (stateWords(t).length > 0) return t.pos === "ADJ";
    if (!(t.pos === "ADJ" || t.pos === "NOUN" || t.pos === "PROPN")) return false;
  }
  return false;
}
