// Sentence splitting for answer retrieval. A regex rather than wink-nlp's
// sentence detector: wink splits inside version numbers ("v1.2" -> "v1." /
// "2"), which chapters about tooling are full of. A boundary here is . ! ? or
// … (plus closing quotes) followed by a space and a capital, digit or opening
// quote, except after a few abbreviations.

const BOUNDARY = /[.!?…]+["'”’)\]]*(?=\s+["'“‘([]?[\p{Lu}\p{N}])/gu;
const ABBREVIATION = /(?:^|\s|\()(?:e\.g|i\.e|vs|cf|approx|fig|mr|mrs|ms|dr)\.$/i;

export function splitSentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (const m of text.matchAll(BOUNDARY)) {
    const end = m.index! + m[0].length;
    const candidate = text.slice(start, end);
    if (m[0].startsWith(".") && ABBREVIATION.test(candidate)) continue;
    out.push(candidate.trim());
    start = end;
  }
  out.push(text.slice(start).trim());
  return out.filter((s) => s !== "");
}

// Rhetorical glue in the seed's voice ("See.", "Now watch.", "Simple, no?")
// answers nothing. Anything under three words is glue; a few longer stock
// phrases are listed.
const STOCK_FILLER = /^(?:let'?s (?:see|go|dig in)|here we go|here is the (?:trick|catch)|that'?s it|you got it)[.!?]*$/i;

export function isFillerSentence(sentence: string): boolean {
  const words = sentence.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  return words.length < 3 || STOCK_FILLER.test(sentence.trim());
}
