import type { ItsFunction } from "wink-nlp";
import stem from "wink-porter2-stemmer";
import { loadNlp } from "./load-nlp";
import { expandAbbreviation } from "./expand-abbreviation";
import { splitGluedWord } from "./split-glued-word";
import { CLAUSE_BREAKERS, NEGATION_CUES, STOP_WORDS } from "./function-words";
import { markNegation } from "./mark-negation";

/** One word of an analysed text. Abbreviations expand to several tokens sharing a span. */
export interface TToken {
  /** As typed (the span's text). */
  text: string;
  lower: string;
  lemma: string;
  /** Porter2 stem of the lemma: the main matching key. */
  key: string;
  pos: string;
  start: number;
  end: number;
  sentence: number;
  clause: number;
  isWord: boolean;
  isContent: boolean;
  isCue: boolean;
  negated: boolean;
  /** In a negated clause and after its cue: the words a "not" actually denies. */
  afterCue: boolean;
  /** The clause negates implicitly ("avoids X", "unlimited"): polarity comparisons skip it. */
  polarityUnsure: boolean;
  /** Index of the first token of the same span (differs only for expansions). */
  group: number;
}

const NON_CONTENT_POS = new Set(["PUNCT", "SYM", "DET", "ADP", "CCONJ", "SCONJ", "PRON", "AUX", "PART", "INTJ", "SPACE"]);
const CLAUSE_PUNCT = /^[,;:()\[\]{}—–!?.]+$|^-{2,}$/;

/** Tokenises, lemmatises and marks clauses + negation scope. Pure; ~50–150 µs per sentence. */
export function analyzeText(text: string): TToken[] {
  const nlp = loadNlp();
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  // wink's typings declare `its.lemma` with the addons as 3rd parameter instead of 4th; it works as any other its.*.
  const lemmas = doc.tokens().out(its.lemma as unknown as ItsFunction<string>) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const types = doc.tokens().out(its.type) as string[];
  const sentenceOf: number[] = [];
  doc.sentences().each((s, k) => {
    const n = s.tokens().length();
    for (let i = 0; i < n; i++) sentenceOf.push(k);
  });

  const tokens: TToken[] = [];
  let cursor = 0;
  let clause = 0;
  let prevSentence = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? "";
    const found = text.indexOf(value, cursor);
    const start = found === -1 ? cursor : found;
    const end = found === -1 ? cursor : start + value.length;
    cursor = end;
    const sentence = sentenceOf[i] ?? prevSentence;
    const lower = value.toLowerCase();
    const isWord = types[i] === "word" || types[i] === "number";
    if (sentence !== prevSentence || (!isWord && CLAUSE_PUNCT.test(value)) || CLAUSE_BREAKERS.has(lower) || opensClause(values, i)) clause++;
    prevSentence = sentence;
    const base = { start, end, sentence, clause, negated: false, afterCue: false, polarityUnsure: false, group: tokens.length, pos: pos[i] ?? "X" };
    for (const part of splitWord(value, (lemmas[i] ?? lower).toLowerCase())) {
      const isCue = NEGATION_CUES.has(part.lower) || part.lower === "cannot";
      const isContent =
        isWord && !isCue && !STOP_WORDS.has(part.lower) && !STOP_WORDS.has(part.lemma) && !NON_CONTENT_POS.has(base.pos) && /[a-z0-9]/.test(part.lower);
      tokens.push({ ...base, text: value, lower: part.lower, lemma: part.lemma, key: stem(part.lemma), isWord, isContent, isCue });
    }
  }
  markNegation(tokens);
  return tokens;
}

/**
 * Splits hyphenated/slashed words ("multi-stage", "read-only") into parts and
 * expands abbreviations ("k8s" → "kubernetes", "VMs" → "virtual machine"),
 * so each part can align on its own.
 */
function splitWord(value: string, lemma: string): { lower: string; lemma: string }[] {
  const lower = value.toLowerCase();
  const expansion = expandAbbreviation(lower);
  if (expansion) return expansion.map((w) => ({ lower: w, lemma: w }));
  // "re-pointed", "non-sensitive": a bound prefix changes the word, so keep it whole.
  const prefixed = /^(re|pre|non|un|de|co|anti|dis|mis|sub)-([a-z]{3,})$/.exec(lower);
  if (prefixed) {
    const joined = prefixed[1]! + prefixed[2]!;
    return [{ lower: joined, lemma: joined }];
  }
  if (/[a-z0-9][-/][a-z0-9]/i.test(value)) {
    return lower
      .split(/[-/]/)
      .filter(Boolean)
      .flatMap((p) => expandAbbreviation(p)?.map((w) => ({ lower: w, lemma: w })) ?? [{ lower: p, lemma: p }]);
  }
  const glued = splitGluedWord(lower, lemma);
  if (glued) return glued.map((w) => ({ lower: w, lemma: w }));
  return [{ lower, lemma }];
}

/** "without X", "except X", "rather than X", "instead of X" start a (negated) clause of their own. */
function opensClause(values: readonly string[], i: number): boolean {
  const w = (values[i] ?? "").toLowerCase();
  return w === "without" || w === "except" || w === "excluding" || (w === "rather" && values[i + 1]?.toLowerCase() === "than");
}
