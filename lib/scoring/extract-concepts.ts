import type { TToken } from "./analyze-text";
import { weighWord } from "./weigh-word";

/** A key idea of the model answer: a whole phrase (a noun phrase, or a verb with its object). */
export interface TConceptSpec {
  text: string;
  start: number;
  end: number;
  /** Indexes into the reference tokens (its content words). */
  tokenIndexes: number[];
}

const NOMINAL = new Set(["NOUN", "PROPN", "NUM"]);
/** Function words that may sit inside a phrase when content follows in the same clause: "encryption at rest", "point to one exact artifact". */
const BRIDGES = new Set(["DET", "ADP", "PART", "NUM"]);
/** Content words this common (WordNet frequency weight below it) say nothing alone: "well", "calls", "declares", "becomes". */
const FILLER_WEIGHT = 0.45;
const MAX_PHRASE_WORDS = 6;

/**
 * Splits the model answer into whole phrases a learner can recognise
 * (issue #11): a run of content words joined by the function words inside it
 * ("out of production images", "encryption at rest"), with a verb kept with
 * its object ("point to one exact artifact") but apart from its subject
 * ("Digests"), so the UI shows which part of a claim was missed. Leading
 * adverbs ("often", "ideally") are trimmed off, and a phrase made only of
 * common verbs/adverbs/adjectives ("well", "declares") is no concept.
 */
export function extractConcepts(tokens: TToken[], source: string): TConceptSpec[] {
  const phrases: number[][] = [];
  let current: number[] = [];
  let pending: number[] = [];
  const flush = () => {
    if (current.length) phrases.push(current);
    current = [];
    pending = [];
  };
  tokens.forEach((t, i) => {
    const prev = tokens[current[current.length - 1] ?? -1];
    if (!t.isContent) {
      // Expansions of one abbreviation share a span; keep them in one concept.
      if (prev && t.group === prev.group) return;
      if (prev && prev.clause === t.clause && (BRIDGES.has(t.pos) || isJoiningHyphen(tokens, i)) && !t.isCue) pending.push(i);
      else flush();
      return;
    }
    const contentCount = current.filter((k) => tokens[k]!.isContent).length;
    if (prev && prev.group !== t.group && (prev.clause !== t.clause || isSubjectBreak(prev, t) || contentCount >= MAX_PHRASE_WORDS)) flush();
    current.push(...pending, i);
    pending = [];
  });
  flush();
  return phrases.map((p) => trimPhrase(tokens, p)).filter((p): p is number[] => p !== null && isInformative(tokens, p)).map((p) => toSpec(tokens, p, source));
}

/** "read-only", "multi-stage" when wink splits them: a hyphen or slash with no space on either side. */
function isJoiningHyphen(tokens: readonly TToken[], i: number): boolean {
  const t = tokens[i]!;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  return (t.text === "-" || t.text === "/") && before !== undefined && after !== undefined && before.end === t.start && after.start === t.end;
}

/** A subject noun phrase followed by its verb: "Digests | point to …". */
function isSubjectBreak(prev: TToken, next: TToken): boolean {
  return (NOMINAL.has(prev.pos) || prev.pos === "ADJ") && next.pos === "VERB";
}

/** Drops leading adverbs and any function words at either end. */
function trimPhrase(tokens: readonly TToken[], phrase: number[]): number[] | null {
  let a = 0;
  let b = phrase.length - 1;
  while (a <= b && (!tokens[phrase[a]!]!.isContent || (tokens[phrase[a]!]!.pos === "ADV" && a < b))) a++;
  while (b >= a && !tokens[phrase[b]!]!.isContent) b--;
  return a <= b ? phrase.slice(a, b + 1) : null;
}

function isInformative(tokens: readonly TToken[], phrase: readonly number[]): boolean {
  return phrase.some((i) => {
    const t = tokens[i]!;
    return t.isContent && (NOMINAL.has(t.pos) || weighWord(t.lemma) >= FILLER_WEIGHT);
  });
}

function toSpec(tokens: readonly TToken[], phrase: readonly number[], source: string): TConceptSpec {
  const first = tokens[phrase[0]!]!;
  const last = tokens[phrase[phrase.length - 1]!]!;
  return { text: source.slice(first.start, last.end), start: first.start, end: last.end, tokenIndexes: phrase.filter((i) => tokens[i]!.isContent) };
}
