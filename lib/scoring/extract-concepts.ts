import type { TToken } from "./analyze-text";

/** A key idea of the model answer: a run of content words (a noun phrase or a verb phrase). */
export interface TConceptSpec {
  text: string;
  start: number;
  end: number;
  /** Indexes into the reference tokens. */
  tokenIndexes: number[];
}

const NOMINAL = new Set(["NOUN", "PROPN", "NUM", "ADJ"]);

/**
 * Splits the model answer into concepts: adjacent content words in one clause
 * form a concept, except that a noun phrase and a following/preceding verb are
 * kept apart ("Digests | point to | one exact artifact") so the UI can show
 * which part of a claim was missed.
 */
export function extractConcepts(tokens: TToken[], source: string): TConceptSpec[] {
  const concepts: TConceptSpec[] = [];
  let current: number[] = [];
  const flush = () => {
    const first = tokens[current[0] ?? -1];
    const last = tokens[current[current.length - 1] ?? -1];
    if (first && last) concepts.push({ text: source.slice(first.start, last.end), start: first.start, end: last.end, tokenIndexes: current });
    current = [];
  };
  tokens.forEach((t, i) => {
    if (!t.isContent) {
      // Expansions of one abbreviation share a span; keep them in one concept.
      if (!(current.length && t.group === tokens[current[current.length - 1]!]!.group)) flush();
      return;
    }
    const prev = tokens[current[current.length - 1] ?? -1];
    if (prev && (prev.clause !== t.clause || isPhraseBreak(prev, t)) && prev.group !== t.group) flush();
    current.push(i);
  });
  flush();
  return concepts;
}

function isPhraseBreak(prev: TToken, next: TToken): boolean {
  return (NOMINAL.has(prev.pos) && next.pos === "VERB") || (prev.pos === "VERB" && (next.pos === "NOUN" || next.pos === "PROPN"));
}
