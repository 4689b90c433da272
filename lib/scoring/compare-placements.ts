import type { TToken } from "./analyze-text";
import { memoOnTokens } from "./memo-on-tokens";
import { NOUNS } from "./pos-tags";

/** Nouns kept per side, placements read per text: bounds the work on long answers. */
const MAX_THINGS = 8;
const MAX_CONTAINER = 4;
const MAX_PLACEMENTS = 12;
/** Verbs that put a thing somewhere: with them "in", "to" and "within" say where it goes ("commit secrets to Git", "bake keys in the image"). */
const PUT = new Set(["put", "add", "include", "bake", "copy", "ship", "bundle", "commit", "embed", "store", "push", "install", "place", "write", "keep", "leave", "pack", "load", "insert", "save"]);
/** Verbs that take a thing away: with them "from" says where it is kept out of ("strip compilers from the image"). */
const REMOVE = new Set(["remove", "strip", "exclude", "drop", "omit", "delete", "evict", "extract", "separate", "isolate"]);
const ALWAYS_IN = new Set(["into", "inside", "onto"]);
const WITH_PUT = new Set(["in", "to", "within"]);

/** A thing placed in (+1) or kept out of (−1) a container, as one sentence of the text says it. */
interface TPlacement {
  /** The clauses the claim spans, from its verb to its container ("They keep compilers, | test tools, | and … out of production images"). */
  clauses: Set<number>;
  pole: number;
  things: Set<string>;
  container: Set<string>;
}

/**
 * Model-answer clauses whose placement the answer reverses: "They put
 * compilers and test tools into the production image" against "They keep
 * compilers, test tools, and temporary artifacts out of production images";
 * "commit plaintext secrets to Git" against "keep secrets out of Git". A
 * placement is a preposition of place — "out of", "outside", "away from"
 * (out); "into", "inside", "onto" (in); "in", "to", "within" after a verb
 * that puts something somewhere; "from" after one that takes it away — with
 * the nouns before it back to its verb (the things) and right after it (the
 * container). A "not" flips it: "never commit secrets to Git" keeps them
 * out. Reversed when the answer places a thing the model answer places,
 * in a container it names, the other way round; agreeing when it places it
 * the same way, however worded ("don't put compilers into the production
 * image"), which no polarity flip may then read as a denial.
 */
export function comparePlacements(reference: readonly TToken[], answer: readonly TToken[]): { reversed: Set<number>; agreed: Set<number> } {
  const reversed = new Set<number>();
  const agreed = new Set<number>();
  const refs = referencePlacements(reference);
  if (refs.length === 0) return { reversed, agreed };
  for (const said of readPlacements(answer)) {
    for (const ref of refs) {
      if (!shares(said.container, ref.container) || !shares(said.things, ref.things)) continue;
      for (const c of ref.clauses) (said.pole === ref.pole ? agreed : reversed).add(c);
    }
  }
  for (const c of reversed) agreed.delete(c);
  return { reversed, agreed };
}

/** The model answer's placements, read once per card. */
const referencePlacements = memoOnTokens(readPlacements);

function shares(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const k of a) if (b.has(k)) return true;
  return false;
}

function readPlacements(tokens: readonly TToken[]): TPlacement[] {
  const out: TPlacement[] = [];
  let verb = -1;
  for (let i = 0; i < tokens.length && out.length < MAX_PLACEMENTS; i++) {
    const t = tokens[i]!;
    if (verb >= 0 && tokens[verb]!.sentence !== t.sentence) verb = -1;
    if (t.pos === "VERB") {
      verb = i;
      continue;
    }
    const marker = readMarker(tokens, i, verb);
    if (!marker) continue;
    const start = verb >= 0 ? verb : sentenceStart(tokens, i);
    const things = nounsBetween(tokens, start + 1, i);
    const container = containerAfter(tokens, marker.next);
    if (things.size === 0 || container.size === 0) continue;
    const negated = isNegated(t) || (verb >= 0 && isNegated(tokens[verb]!));
    const clauses = new Set<number>();
    for (let j = start; j <= i; j++) clauses.add(tokens[j]!.clause);
    out.push({ clauses, pole: negated ? -marker.pole : marker.pole, things, container });
    i = marker.next - 1;
  }
  return out;
}

/** The placement a preposition at i says, given the verb it follows (or −1), and where its container starts. */
function readMarker(tokens: readonly TToken[], i: number, verb: number): { pole: number; next: number } | undefined {
  const t = tokens[i]!;
  const next = tokens[i + 1]?.lower;
  const verbLemma = verb >= 0 ? tokens[verb]!.lemma : "";
  if (t.lower === "out" && next === "of") return { pole: -1, next: i + 2 };
  if (t.lower === "outside") return { pole: -1, next: next === "of" ? i + 2 : i + 1 };
  if (t.lower === "away" && next === "from") return { pole: -1, next: i + 2 };
  if (ALWAYS_IN.has(t.lower)) return { pole: 1, next: i + 1 };
  if (WITH_PUT.has(t.lower) && PUT.has(verbLemma)) return { pole: 1, next: i + 1 };
  if (t.lower === "from" && REMOVE.has(verbLemma)) return { pole: -1, next: i + 1 };
  return undefined;
}

function isNegated(t: TToken): boolean {
  return t.negated && t.afterCue && !t.polarityUnsure;
}

function sentenceStart(tokens: readonly TToken[], i: number): number {
  let j = i;
  while (j > 0 && tokens[j - 1]!.sentence === tokens[i]!.sentence) j--;
  return j;
}

function nounsBetween(tokens: readonly TToken[], from: number, to: number): Set<string> {
  const out = new Set<string>();
  for (let i = Math.max(from, to - 3 * MAX_THINGS); i < to && out.size < MAX_THINGS; i++) {
    const t = tokens[i]!;
    if (t.isContent && NOUNS.has(t.pos)) out.add(t.key);
  }
  return out;
}

/** The noun compound right after the preposition ("the production image"), ending at the next word that is neither a noun nor its modifier. */
function containerAfter(tokens: readonly TToken[], from: number): Set<string> {
  const out = new Set<string>();
  for (let i = from; i < tokens.length && out.size < MAX_CONTAINER; i++) {
    const t = tokens[i]!;
    if (t.isContent && NOUNS.has(t.pos)) out.add(t.key);
    else if (!(t.pos === "DET" || t.pos === "ADJ" || t.pos === "NUM" || (t.pos === "VERB" && /ed$/.test(t.lower)))) break;
  }
  return out;
}
