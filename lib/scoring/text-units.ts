/** A span of a text: `source.slice(start, end) === text`. */
export interface TSpan {
  text: string;
  start: number;
  end: number;
}

/** The model reads a piece at a time; a sentence longer than this is cut at its commas, then at spaces. */
export const PIECE_CHARS = 240;
/** 24 pieces of 240 characters read a whole 5,000-character answer; the bound keeps a call linear and small. */
const MAX_PIECES = 24;

/** A claim's own words: without the conjunction that joined it to the last one and the punctuation that ended it. */
const LEAD = /^(?:(?:and|but|or|so|while|whereas|because)\s+)?/i;
const TAIL = /[\s,;:.!?]*$/;

function spans(text: string, pattern: RegExp, bare = false): TSpan[] {
  const out: TSpan[] = [];
  let from = 0;
  const push = (end: number) => {
    const raw = text.slice(from, end);
    let lead = raw.length - raw.trimStart().length;
    let t = raw.trim();
    if (bare) {
      const cut = LEAD.exec(t)![0].length;
      lead += cut;
      t = t.slice(cut).replace(TAIL, "");
    }
    if (/[\p{L}\p{N}]/u.test(t)) out.push({ text: t, start: from + lead, end: from + lead + t.length });
  };
  for (const m of text.matchAll(pattern)) {
    push(m.index! + m[0].length);
    from = m.index! + m[0].length;
  }
  push(text.length);
  return out;
}

/** Sentences: cut after . ! ? followed by space, and at line breaks. */
export function sentences(text: string): TSpan[] {
  return spans(text, /(?<=[.!?])\s+|\n+/g);
}

/**
 * Claims: sentences cut at ; : and dashes, at a comma before a word that
 * opens a clause, and before but / whereas / while / because. A comma
 * inside a list ("get, list, or watch") does not cut. Each span is the
 * claim's own words, for highlighting and for reading one claim at a time.
 */
export function clauses(text: string): TSpan[] {
  return spans(
    text,
    /(?<=[.!?;:])\s+|\s+[–—-]\s+|,\s+(?=(?:and|but|so|while|whereas|which|because|unless|ideally|then)\s)|\s+(?=(?:but|whereas|while|because)\s)|\n+/gi,
    true,
  );
}

/** The answer as the model reads it: sentences joined or cut to about PIECE_CHARS each, at most MAX_PIECES. */
export function answerPieces(text: string): { pieces: string[]; truncated: boolean } {
  const pieces: string[] = [];
  let current = "";
  const flush = () => {
    if (current) pieces.push(current);
    current = "";
  };
  for (const s of sentences(text)) {
    for (const part of cut(s.text)) {
      if (current && current.length + part.length + 1 > PIECE_CHARS) flush();
      current = current ? `${current} ${part}` : part;
    }
  }
  flush();
  return { pieces: pieces.slice(0, MAX_PIECES), truncated: pieces.length > MAX_PIECES };
}

function cut(sentence: string): string[] {
  if (sentence.length <= PIECE_CHARS) return [sentence];
  const out: string[] = [];
  let rest = sentence;
  while (rest.length > PIECE_CHARS) {
    const window = rest.slice(0, PIECE_CHARS);
    const at = Math.max(window.lastIndexOf(", "), window.lastIndexOf(" "));
    const end = at > PIECE_CHARS / 2 ? at + 1 : PIECE_CHARS;
    out.push(rest.slice(0, end).trim());
    rest = rest.slice(end);
  }
  if (rest.trim()) out.push(rest.trim());
  return out;
}
