// Rendered text has lost its code fences, so diagrams are recognised by shape.
// The seed's diagrams look like:
//   build flow                          <- caption (short, no full stop)
//   ┌────┐ ┌────┐                       <- "strong": box-drawing characters
//   │ source │ -> │ image │
//   v v v                               <- "strong": only arrows/arrowheads
//   repeatable | portable | fast start  <- "weak": a legend, only inside a run
//   Same recipe, different machines.    <- a sentence: back to prose

const BOX = /[\u2500-\u259f]/u;
const ARROWHEAD = /^[vV^]$/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const SENTENCE_END = /[.!?…]["'”’)\]]*$/u;

/** A line that can only be drawing: box characters, or nothing but symbols and arrowheads. */
export function isStrongArtLine(line: string): boolean {
  const t = line.trim();
  if (t === "") return false;
  if (BOX.test(t)) return true;
  const tokens = t.split(/\s+/);
  const symbolic = tokens.every((tok) => ARROWHEAD.test(tok) || !LETTER_OR_DIGIT.test(tok));
  // "-" alone or "- - -" is a rule, "v v v" arrowheads; a lone "v" is probably a typo.
  return symbolic && !(tokens.length === 1 && ARROWHEAD.test(t));
}

/**
 * A legend or flow line ("a | b | c", "x -> y") that continues a drawing but
 * never starts one. Legends may end in "?" ("can it fit? | which is best?"),
 * so only arrow lines must not look like a sentence.
 */
export function isWeakArtLine(line: string): boolean {
  const t = line.trim();
  if (t === "") return false;
  if (/[|│]/.test(t)) return true;
  return !SENTENCE_END.test(t) && /->|<-|→|←|=>|⇒/.test(t);
}

/** "build flow": short, label-like, no sentence punctuation. */
export function isCaptionLike(text: string): boolean {
  const t = text.trim();
  if (t === "" || t.length > 60 || /[.!?:;,…]$/.test(t) || t.includes("|")) return false;
  return t.split(/\s+/).length <= 8;
}
