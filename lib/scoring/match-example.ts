import type { TToken } from "./analyze-text";
import { alignAnswer } from "./align-answer";
import { combineScore } from "./combine-score";
import { measureCoverage } from "./measure-coverage";
import { prepareText, QUESTION_WORD_FACTOR, type TWeightedTarget } from "./prepare-reference";

/** A graded example read as an extra model answer: its weighted words, with synonyms, as the card's own are. */
export interface TExampleReference {
  targets: TWeightedTarget[];
  keys: ReadonlySet<string>;
}

/** The new answer as the blend sees it: its tokens, and the card's question words and options. */
export interface TBlendAnswer {
  vector: Map<string, number>;
  norm: number;
  tokens: readonly TToken[];
  questionKeys: ReadonlySet<string>;
  optionKeys: ReadonlySet<string>;
}

export function exampleReference(text: string, questionKeys: ReadonlySet<string>): { tokens: TToken[]; reference: TExampleReference } {
  const { tokens, targets } = prepareText(text, questionKeys);
  return { tokens, reference: { targets, keys: new Set(targets.map((t) => t.token.key)) } };
}

const NONE: ReadonlySet<number> = new Set();

/**
 * How well the answer covers the example, in [0, 1]: the scorer's own
 * alignment and recall-based score with the example in place of the model
 * answer (synonyms, typos, question demoting, saturation), as retrieval-based
 * graders use top-graded answers as extra references. Claims are not checked
 * here: this only decides which graded answers the new one resembles.
 */
export function matchExample(example: TExampleReference, answer: TBlendAnswer): number {
  const alignment = alignAnswer(example.targets, answer.tokens);
  const coverage = measureCoverage(alignment, answer.tokens, answer.questionKeys, QUESTION_WORD_FACTOR, NONE, example.keys, answer.optionKeys);
  return combineScore({ coverage, misattributed: 0, stuffing: false, wrongAnswer: false }) / 100;
}
