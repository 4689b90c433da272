import { analyzeText, type TToken } from "./analyze-text";
import { alignAnswer } from "./align-answer";
import { combineScore } from "./combine-score";
import { EXAMPLE_REFERENCE_CHARS } from "./graded-example";
import { measureCoverage } from "./measure-coverage";
import { prepareText, QUESTION_WORD_FACTOR, type TWeightedTarget } from "./prepare-reference";
import { weighWord } from "./weigh-word";

/** A graded example read as an extra model answer: its weighted words, with synonyms, as the card's own are. */
export interface TExampleReference {
  targets: TWeightedTarget[];
  keys: ReadonlySet<string>;
}

export interface TStemVector {
  vector: Map<string, number>;
  norm: number;
}

/** An answer (new, or a graded example) as the blend sees it: its tokens, and the card's question words and options. */
export interface TBlendAnswer extends TStemVector {
  tokens: readonly TToken[];
  /** weighWord per token (0 for non-content), computed once: the answer is measured against several examples. */
  weights: readonly number[];
  questionKeys: ReadonlySet<string>;
  optionKeys: ReadonlySet<string>;
}

export function blendAnswerOf(tokens: readonly TToken[], card: { questionKeys: ReadonlySet<string>; optionKeys: ReadonlySet<string> }): TBlendAnswer {
  const weights = tokens.map((t) => (t.isContent ? weighWord(t.lemma) : 0));
  return { ...vectorOf(tokens, weights), tokens, weights, questionKeys: card.questionKeys, optionKeys: card.optionKeys };
}

/** The example read as a model answer (its first EXAMPLE_REFERENCE_CHARS), and its tokens read as an answer. */
export function exampleReference(text: string, questionKeys: ReadonlySet<string>): { tokens: TToken[]; reference: TExampleReference } {
  const short = text.length <= EXAMPLE_REFERENCE_CHARS;
  const { tokens, targets } = prepareText(short ? text : text.slice(0, EXAMPLE_REFERENCE_CHARS), questionKeys);
  return { tokens: short ? tokens : analyzeText(text), reference: { targets, keys: new Set(targets.map((t) => t.token.key)) } };
}

const NONE: ReadonlySet<number> = new Set();

/**
 * How well the answer covers the example, in [0, 1]: the scorer's own
 * alignment and recall-based score with the example in place of the model
 * answer (synonyms, typos, question demoting, saturation), as retrieval-based
 * graders use top-graded answers as extra references. A word the answer
 * says the other way round (one clause negated, the other not) covers
 * nothing; the claim checks are the model-answer match's (the blend never
 * raises an answer it found contradicting the model answer).
 */
export function matchExample(example: TExampleReference, answer: TBlendAnswer): number {
  const aligned = alignAnswer(example.targets, answer.tokens, false);
  // Said the other way round ("not encrypted" for "encrypted") is not covering it: the lift must not pass a contradiction.
  const alignment = { ...aligned, targets: aligned.targets.map((a) => (a.contradicted ? { ...a, strength: 0 } : a)) };
  const coverage = measureCoverage(alignment, answer.tokens, answer.questionKeys, QUESTION_WORD_FACTOR, NONE, example.keys, answer.optionKeys, answer.weights);
  return combineScore({ coverage, misattributed: 0, stuffing: false, wrongAnswer: false }) / 100;
}

/** Bag of content stems, marked "¬" in negated clauses, weighted by informativeness: only picks which examples to align. */
export function vectorOf(tokens: readonly TToken[], weights?: readonly number[]): TStemVector {
  const vector = new Map<string, number>();
  tokens.forEach((t, i) => {
    if (!t.isContent) return;
    const key = t.negated && !t.polarityUnsure ? `¬${t.key}` : t.key;
    vector.set(key, Math.max(vector.get(key) ?? 0, weights?.[i] ?? weighWord(t.lemma)));
  });
  let sq = 0;
  for (const w of vector.values()) sq += w * w;
  return { vector, norm: Math.sqrt(sq) };
}

export function cosine(a: TStemVector, b: TStemVector): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  const [small, large] = a.vector.size <= b.vector.size ? [a.vector, b.vector] : [b.vector, a.vector];
  let dot = 0;
  for (const [k, w] of small) {
    const v = large.get(k);
    if (v !== undefined) dot += w * v;
  }
  return dot / (a.norm * b.norm);
}
