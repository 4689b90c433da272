import { BoundedCache } from "./bounded-cache";
import { alignAnswer } from "./align-answer";
import { analyzeText, type TToken } from "./analyze-text";
import { extractConcepts, type TConceptSpec } from "./extract-concepts";
import { findQuestionOptions } from "./find-question-options";
import { lookupAntonyms } from "./lookup-antonyms";
import { lookupLexicon } from "./lookup-lexicon";
import { lookupRelated, lookupSynonyms } from "./lookup-synonyms";
import type { TTarget } from "./match-word";
import { toWordnetPos } from "./to-wordnet-pos";
import { weighWord } from "./weigh-word";

/**
 * Words the question already gives away earn little: echoing "tags" when asked
 * about tags shows nothing (Sultan et al. 2016, "question demoting"). Not 0,
 * so a reference made only of question words ("By rows.") still grades.
 */
export const QUESTION_WORD_FACTOR = 0.15;

export interface TWeightedTarget extends TTarget {
  weight: number;
  index: number;
  /** The question already uses this word (its weight is demoted). */
  inQuestion: boolean;
}

export interface TPreparedText {
  tokens: TToken[];
  targets: TWeightedTarget[];
}

export interface TPreparedReference {
  question: TToken[];
  questionKeys: ReadonlySet<string>;
  /** Options the question offers ("X or Y?"); see findQuestionOptions. */
  optionKeys: ReadonlySet<string>;
  reference: TPreparedText;
  /** Keys of the model answer's content words. */
  referenceKeys: ReadonlySet<string>;
  concepts: TConceptSpec[];
  wrong: TPreparedText | undefined;
  /**
   * Per wrong-answer target: how much of it the model answer does *not* also
   * say (1 − its best same-polarity match in the model answer). Only this
   * part — what makes the wrong answer wrong — can flag an answer.
   */
  wrongDistinct: number[];
  /** For a yes/no question: the wrong answer's leading "yes" or "no", when the model answer leads with the other. */
  wrongYesNo: "yes" | "no" | undefined;
  /** For a yes/no question: the model answer's leading "yes" or "no" ("Not by default", "Usually not"). */
  referenceYesNo: "yes" | "no" | undefined;
}

const MEMO_LIMIT = 512;
const memo = new BoundedCache<string, TPreparedReference>(MEMO_LIMIT);

/** Everything about a card that does not depend on the typed answer; memoized because a card is graded many times. */
export function prepareReference(question: string, reference: string, wrongAnswer: string | undefined): TPreparedReference {
  const memoKey = `${question}\u0000${reference}\u0000${wrongAnswer ?? ""}`;
  const hit = memo.get(memoKey);
  if (hit) return hit;
  const questionTokens = analyzeText(question);
  const questionKeys = new Set(questionTokens.filter((t) => t.isContent).map((t) => t.key));
  const ref = prepareText(reference, questionKeys);
  const wrong = wrongAnswer && wrongAnswer.trim() ? prepareText(wrongAnswer, questionKeys) : undefined;
  const prepared: TPreparedReference = {
    question: questionTokens,
    questionKeys,
    optionKeys: findQuestionOptions(questionTokens),
    reference: ref,
    referenceKeys: new Set(ref.targets.map((t) => t.token.key)),
    concepts: extractConcepts(ref.tokens, reference),
    wrong,
    wrongDistinct: wrong ? distinctFromReference(wrong, ref.tokens) : [],
    wrongYesNo: wrong ? opposedYesNo(questionTokens, ref.tokens, wrong.tokens) : undefined,
    referenceYesNo: isPolarQuestion(questionTokens) ? leadingYesNo(ref.tokens) : undefined,
  };
  memo.set(memoKey, prepared);
  return prepared;
}

function distinctFromReference(wrong: TPreparedText, reference: readonly TToken[]): number[] {
  const alignment = alignAnswer(wrong.targets, reference);
  return alignment.targets.map((a) => (a.answerIndex >= 0 && !a.contradicted ? 1 - a.strength : 1));
}

const POLAR_OPENERS = new Set(["is", "are", "do", "does", "did", "can", "could", "should", "would", "will", "has", "have", "was", "were", "must", "may"]);

const YES_WORDS = new Set(["yes", "yeah", "yep", "yup", "definitely", "absolutely", "certainly", "sure"]);
/** "Usually not", "Definitely not": an adverb before a bare "not" answers no. */
const NOT_ADVERBS = new Set(["usually", "generally", "often", "probably", "definitely", "absolutely", "certainly", "mostly"]);
/** A hedge before the yes/no does not change it ("probably yes", "honestly no"). */
const LEADING_HEDGES = new Set(["probably", "maybe", "well", "honestly", "hmm", "oh", "so"]);

/** A leading "I think" / "I'd say" / "I guess" / "I believe" only hedges the yes or no after it ("i'd say yes, …"). */
const OPINION_WORDS = new Set(["i", "'d", "would", "say", "think", "guess", "believe", "suppose", "reckon"]);
const MAX_OPINION_WORDS = 3;

function skipOpinion(words: readonly string[]): readonly string[] {
  if (words[0] !== "i") return words;
  let n = 1;
  while (n < MAX_OPINION_WORDS && OPINION_WORDS.has(words[n] ?? "")) n++;
  // "I" alone, or "I" + something else ("I use…"), is no opinion opener.
  return n > 1 && n < words.length ? words.slice(n) : words;
}

/** "Yes" or "no" leading a text ("No.", "Yes, …", "Definitely, …", "Usually not", "Not by default", "probably yes"), else undefined. */
export function leadingYesNo(tokens: readonly TToken[]): "yes" | "no" | undefined {
  const all = skipOpinion(tokens.filter((t) => t.isWord).slice(0, 4 + MAX_OPINION_WORDS).map((t) => bare(t.lower))).slice(0, 4);
  const words = LEADING_HEDGES.has(all[0] ?? "") && (YES_WORDS.has(all[1] ?? "") || all[1] === "no" || all[1] === "not") ? all.slice(1) : all;
  if (words[1] === "not" && NOT_ADVERBS.has(words[0] ?? "")) return "no";
  if (YES_WORDS.has(words[0] ?? "")) return "yes";
  if (words[0] === "no" || words[0] === "nope" || words[0] === "nah" || words[0] === "not") return "no";
  return undefined;
}

function isPolarQuestion(question: readonly TToken[]): boolean {
  const first = question.find((t) => t.isWord);
  return first !== undefined && POLAR_OPENERS.has(first.lower);
}

function opposedYesNo(question: readonly TToken[], reference: readonly TToken[], wrong: readonly TToken[]): "yes" | "no" | undefined {
  if (!isPolarQuestion(question)) return undefined;
  const w = leadingYesNo(wrong);
  const r = leadingYesNo(reference);
  return w && r && w !== r ? w : undefined;
}

export function prepareText(text: string, questionKeys: ReadonlySet<string>): TPreparedText {
  const tokens = analyzeText(text);
  const targets: TWeightedTarget[] = [];
  tokens.forEach((token, index) => {
    if (!token.isContent) return;
    const inQuestion = questionKeys.has(token.key);
    targets.push({
      token,
      index,
      inQuestion,
      weight: weighWord(token.lemma) * (inQuestion ? QUESTION_WORD_FACTOR : 1),
      lexicon: lookupLexicon(token.lemma),
      synonyms: lookupSynonyms(token.lemma, toWordnetPos(token.pos)),
      related: lookupRelated(token.lemma, toWordnetPos(token.pos)),
      antonyms: lookupAntonyms(token.lemma, toWordnetPos(token.pos)),
    });
  });
  return { tokens, targets };
}

/** wink reads a sentence-final "No." as one token (an abbreviation, like "No. 5"): "No. Page on symptoms" answers no. */
function bare(word: string): string {
  return word.endsWith(".") ? word.slice(0, -1) : word;
}
