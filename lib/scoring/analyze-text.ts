import type { ItsFunction } from "wink-nlp";
import stem from "wink-porter2-stemmer";
import { loadNlp } from "./load-nlp";
import { expandAbbreviation } from "./expand-abbreviation";
import { splitGluedWord } from "./split-glued-word";
import { CLAUSE_BREAKERS, NEGATION_CUES, STOP_WORDS } from "./function-words";
import { markNegation } from "./mark-negation";
import { MAX_WORD_CHARS } from "./types";
import { weighWord } from "./weigh-word";
import { VERBAL } from "./pos-tags";

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
  return runSync(analyzeSteps(text, Infinity)).tokens;
}

export interface TAnalysis {
  tokens: TToken[];
  /** The answer was longer than MAX_SCORED_TOKENS or the time budget: only its beginning was read. */
  truncated: boolean;
}

/**
 * Tokens are read in pieces of about PIECE_CHARS, cut at a sentence end or a
 * space. Each piece costs wink a bounded time, so the caller can stop at a
 * deadline (the hard time budget) and the async scorer can yield to the
 * event loop between pieces. Past MAX_SCORED_TOKENS, the rest is not read.
 */
export const PIECE_CHARS = 120;
export const MAX_SCORED_TOKENS = 300;

/**
 * Normal answers are always read whole, so a loaded server never scores them
 * differently: the time budget only cuts text past this many characters or
 * tokens (the longest hand-graded answer is 419 characters, ~80 tokens).
 */
export const ALWAYS_READ_CHARS = 600;
export const ALWAYS_READ_TOKENS = 150;

/** Analyses `text`, stopping at `deadline` (performance.now() ms); yields after each piece. */
export function* analyzeSteps(text: string, deadline: number, now: () => number = () => performance.now()): Generator<void, TAnalysis> {
  const state: TPieceState = { tokens: [], clause: 0, sentence: 0 };
  const pieces = cutPieces(breakLongRuns(text).replace(QUOTE_IN_WORD, "'"));
  let truncated = false;
  for (let k = 0; k < pieces.length; k++) {
    if (k > 0) {
      yield;
      if (state.tokens.length >= MAX_SCORED_TOKENS || ((pieces[k]!.start >= ALWAYS_READ_CHARS || state.tokens.length >= ALWAYS_READ_TOKENS) && now() > deadline)) {
        truncated = true;
        break;
      }
    }
    const from = state.tokens.length;
    readPiece(pieces[k]!, state, text);
    // Looked up here, inside the budget, rather than later by the aligner and
    // the weights: an unknown word's first WordNet lookups are its main cost.
    for (let i = from; i < state.tokens.length; i++) if (state.tokens[i]!.isContent) weighWord(state.tokens[i]!.lemma);
  }
  if (state.tokens.length > MAX_SCORED_TOKENS) {
    state.tokens.length = MAX_SCORED_TOKENS;
    truncated = true;
  }
  markNegation(state.tokens);
  return { tokens: state.tokens, truncated };
}

/** Drives a step generator to its end without yielding. */
export function runSync<T>(steps: Generator<void, T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

interface TPieceState {
  tokens: TToken[];
  clause: number;
  sentence: number;
}

/** [start, end) ranges of `wide` (same length as the text) no longer than PIECE_CHARS, cut after a sentence end or at a space. */
function cutPieces(wide: string): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  // A normal answer is one piece: cutting inside a sentence would change its clauses.
  if (wide.length <= ALWAYS_READ_CHARS) return [{ start: 0, end: wide.length, text: wide }];
  let start = 0;
  while (start < wide.length) {
    let end = Math.min(wide.length, start + (start === 0 ? ALWAYS_READ_CHARS : PIECE_CHARS));
    if (end < wide.length) {
      const window = wide.slice(start, end);
      const sentenceEnd = Math.max(window.lastIndexOf(". "), window.lastIndexOf("? "), window.lastIndexOf("! "), window.lastIndexOf("\n"));
      const space = window.lastIndexOf(" ");
      // breakLongRuns guarantees a space at least every MAX_RUN characters.
      const cut = sentenceEnd > window.length / 3 ? sentenceEnd + 1 : space > 0 ? space : window.length;
      end = start + cut;
    }
    out.push({ start, end, text: wide.slice(start, end) });
    start = end;
  }
  return out;
}

/**
 * "isn"t", "bulb A"s path": a double quote between two letters is an
 * apostrophe (some keyboards and exports swap them); never a real quote.
 * The copy wink reads keeps the text's length, so spans stay exact.
 */
const QUOTE_IN_WORD = /(?<=[a-z])"(?=[a-z])/gi;

function readPiece(piece: { start: number; end: number; text: string }, state: TPieceState, source: string): void {
  const nlp = loadNlp();
  const its = nlp.its;
  const doc = nlp.readDoc(piece.text);
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

  const { tokens } = state;
  const firstSentence = tokens.length > 0 ? state.sentence + 1 : 0;
  let cursor = 0;
  let prevSentence = firstSentence;
  // "Terminals 1 and 2 are …": an "and" before the sentence's first verb joins subjects, not clauses.
  let verbSeen = false;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? "";
    // Searched within the piece only, so a token wink normalised cannot make this scan the whole answer.
    const found = piece.text.indexOf(value, cursor);
    const start = piece.start + (found === -1 ? cursor : found);
    const end = found === -1 ? start : start + value.length;
    cursor = end - piece.start;
    const sentence = firstSentence + (sentenceOf[i] ?? prevSentence - firstSentence);
    const lower = value.toLowerCase();
    const isWord = types[i] === "word" || types[i] === "number";
    if (sentence !== prevSentence) verbSeen = false;
    if (sentence !== prevSentence || (!isWord && CLAUSE_PUNCT.test(value)) || CLAUSE_BREAKERS.has(lower) || opensClause(values, i) || (verbSeen && joinsClauses(values, pos, i))) state.clause++;
    if (VERBAL.has(pos[i] ?? "")) verbSeen = true;
    if (i === 0 && tokens.length > 0) state.clause++;
    prevSentence = sentence;
    state.sentence = sentence;
    const base = { start, end, sentence, clause: state.clause, negated: false, afterCue: false, polarityUnsure: false, group: tokens.length, pos: pos[i] ?? "X" };
    for (const part of splitWord(value, (lemmas[i] ?? lower).toLowerCase())) {
      // "cant", "doesnt", "wont" typed without the apostrophe reach us as an auxiliary + "nt".
      const isCue = NEGATION_CUES.has(part.lower) || part.lower === "cannot" || (part.lower === "nt" && pos[i - 1] === "AUX");
      const isContent =
        isWord && !isCue && !STOP_WORDS.has(part.lower) && !STOP_WORDS.has(part.lemma) && !NON_CONTENT_POS.has(base.pos) && /[a-z0-9]/.test(part.lower);
      const key = part.lemma.length > MAX_WORD_CHARS ? part.lemma : stem(part.lemma);
      tokens.push({ ...base, text: found === -1 ? value : source.slice(start, end), lower: part.lower, lemma: part.lemma, key, isWord, isContent, isCue });
    }
  }
}

/**
 * Splits hyphenated/slashed words ("multi-stage", "read-only") into parts and
 * expands abbreviations ("k8s" → "kubernetes", "VMs" → "virtual machine"),
 * so each part can align on its own.
 */
function splitWord(value: string, lemma: string): { lower: string; lemma: string }[] {
  const lower = value.toLowerCase();
  if (lower.length > MAX_WORD_CHARS) return [{ lower, lemma: lower }];
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

/**
 * wink's tokenizer tries an e-mail pattern at every position of a run without
 * spaces, which costs the square of the run's length (a 5,000-character
 * "a-b-c-…" took ~0.5 s). No real word is that long, so runs longer than
 * MAX_RUN get a space every MAX_RUN characters in the copy wink reads. The
 * copy has the same length and every token is still a substring of the
 * original, so spans stay exact.
 */
export const MAX_RUN = 48;
const LONG_RUN = new RegExp(`\\S{${MAX_RUN + 1},}`, "g");

function breakLongRuns(text: string): string {
  return text.replace(LONG_RUN, (run) => {
    let out = "";
    for (let i = 0; i < run.length; i += MAX_RUN) out += (i > 0 ? " " : "") + run.slice(i + (i > 0 ? 1 : 0), i + MAX_RUN);
    return out;
  });
}

const BE = new Set(["is", "are", "was", "were"]);
/** What follows "is" in a predicate of state: "is in …", "is a …", "is different", "is not …" ("has the same name" is possession: not split). */
const BE_COMPLEMENT = new Set(["ADP", "DET", "ADJ", "PART"]);
const SUBJECT_START = new Set(["DET", "PROPN", "NOUN", "PRON", "ADJ", "NUM"]);
const NOT_A_SUBJECT_END = new Set(["CCONJ", "SCONJ", "PUNCT", "ADP"]);

/**
 * "An SLA is the internal target and the SLO is the external contract":
 * "and"/"or" followed by a subject and its own verb starts a new clause, so
 * each claim keeps its own subject. "compilers and test tools" (no verb) and
 * "starts fast and behaves" (verb right after) stay one clause; "and is"
 * + a complement starts one (a second claim of the same subject).
 */
function joinsClauses(values: readonly string[], pos: readonly string[], i: number): boolean {
  const w = (values[i] ?? "").toLowerCase();
  if (w !== "and" && w !== "or" && w !== "but") return false;
  // "… is connected to the negative terminal and is in a different state": the same subject's second claim, with a polarity of its own.
  if (pos[i + 1] === "AUX" && BE.has((values[i + 1] ?? "").toLowerCase()) && BE_COMPLEMENT.has(pos[i + 2] ?? "")) return true;
  if (!SUBJECT_START.has(pos[i + 1] ?? "")) return false;
  for (let j = i + 2; j < Math.min(values.length, i + 6); j++) {
    const p = pos[j] ?? "";
    if (p === "AUX" || p === "VERB") return true;
    if (NOT_A_SUBJECT_END.has(p)) return false;
  }
  return false;
}

/** "without X", "except X", "rather than X", "instead of X" start a (negated) clause of their own. */
function opensClause(values: readonly string[], i: number): boolean {
  const w = (values[i] ?? "").toLowerCase();
  return w === "without" || w === "except" || w === "excluding" || (w === "rather" && values[i + 1]?.toLowerCase() === "than");
}
