import stem from "wink-porter2-stemmer";

/**
 * Word-level signals the sentence model does not carry well: which of the
 * model answer's own terms the answer uses (technical names matter to an
 * interviewer) and negation, which mean pooling barely registers.
 */
const FUNCTION_WORDS = new Set(
  (
    "a an the and or but if then so of to in on at by for with from as into onto over under about than that this these those it its they them their there " +
    "is are was were be been being am do does did has have had can could will would should may might must shall i you he she we me my your our " +
    "what which who whom whose when where why how all any each some such only also just very more most much many not no"
  ).split(" "),
);
const NEGATION =
  /\b(?:not|no|never|none|nothing|nobody|neither|nor|cannot|without)\b|n't\b|\b(?:cant|dont|doesnt|isnt|arent|wont|wasnt|didnt)\b/gi;
/** Longer tokens are noise (no word is this long), compared by identity only. */
const MAX_WORD = 40;

export function contentStems(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.toLowerCase().matchAll(/[\p{L}\p{N}]+/gu)) {
    const w = m[0];
    if (FUNCTION_WORDS.has(w)) continue;
    out.add(w.length > MAX_WORD ? w : stem(w));
  }
  return out;
}

export function negationCount(text: string): number {
  return text.match(NEGATION)?.length ?? 0;
}

/** Share of `target`'s stems (outside `ignore`) that `answer` has; 0 when there are none to find. */
export function stemRecall(
  answer: ReadonlySet<string>,
  target: ReadonlySet<string>,
  ignore: ReadonlySet<string> = new Set(),
): number {
  let n = 0;
  let hit = 0;
  for (const s of target) {
    if (ignore.has(s)) continue;
    n++;
    if (answer.has(s)) hit++;
  }
  return n === 0 ? 0 : hit / n;
}
