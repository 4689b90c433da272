import { BoundedCache } from "./bounded-cache";
import type { TGradedExample } from "./graded-example";
import { blendAnswerOf, cosine, exampleReference, matchExample, type TBlendAnswer, type TExampleReference } from "./match-example";

/**
 * Only this many examples (the nearest by cosine) are aligned with an
 * answer: aligning all 40 would cost ~40 alignments per review, and on the
 * Mohler dev split 5 keep the whole gain (2: −0.006 r at k = 5; 8: +0.000).
 */
export const NEAREST = 5;
/**
 * Examples graded at least this (0–5: Easy reviews, `Accept:` lines) are
 * extra model answers: an answer that covers one scores at least
 * match × grade (see liftScore).
 */
export const FULL_MARKS = 4.5;

/** One graded example, analysed once (the app and the Mohler k-shot bench both prepare examples here). */
export interface TExample {
  answer: TBlendAnswer;
  asReference: TExampleReference;
  /** Grade on the 0–100 score scale. */
  target: number;
  /** What the model-answer match alone scores the example. */
  ownScore: number;
  /** Who graded it; examples without one count as separate voices (CLI, data sets). */
  labeller?: string;
}

/** An example within its question's set: `referenceScore` is ownScore lifted by the set's other examples, as a new answer's is. */
export interface TPreparedExample extends TExample {
  referenceScore: number;
}

export function prepareExample(text: string, card: { questionKeys: ReadonlySet<string>; optionKeys: ReadonlySet<string> }, grade: number, ownScore: number, labeller?: string): TExample {
  const { tokens, reference } = exampleReference(text, card.questionKeys);
  return { answer: blendAnswerOf(tokens, card), asReference: reference, target: grade * 20, ownScore, ...(labeller !== undefined ? { labeller } : {}) };
}

/**
 * Each example's reference score as the blend will compute a new answer's:
 * lifted by the other examples of the set (leave-one-out), so the residuals
 * the blend learns are on the same scale as the score they correct.
 * n × (n − 1) cosines and ≤ NEAREST alignments per example, once per set.
 */
export function prepareExampleSet(examples: readonly TExample[]): TPreparedExample[] {
  return examples.map((e, i) => {
    const others = examples.filter((_, j) => j !== i);
    return { ...e, referenceScore: liftScore(e.ownScore, nearestMatches(e.answer, others, isFullMarks), others) };
  });
}

const isFullMarks = (e: TExample) => e.target >= FULL_MARKS * 20;

/**
 * sim_i: how well the answer covers example i (matchExample), for the
 * NEAREST examples by cosine (ties: the earlier example) that `which`
 * accepts; 0 for the rest.
 */
export function nearestMatches(answer: TBlendAnswer, examples: readonly TExample[], which: (e: TExample) => boolean = () => true): number[] {
  const byCosine = examples.map((e, i) => ({ i, c: cosine(answer, e.answer) })).sort((a, b) => b.c - a.c || a.i - b.i);
  const sims = new Array<number>(examples.length).fill(0);
  for (const { i } of byCosine.slice(0, NEAREST)) if (which(examples[i]!)) sims[i] = matchExample(examples[i]!.asReference, answer);
  return sims;
}

/** The score with the full-marks examples as extra model answers: max(score, sim_i × G_i). */
export function liftScore(score: number, sims: readonly number[], examples: readonly TExample[]): number {
  let lifted = score;
  examples.forEach((e, i) => {
    if (isFullMarks(e)) lifted = Math.max(lifted, sims[i]! * e.target);
  });
  return lifted;
}

/** Prepared example sets per question (keyed by the card and the examples' content), LRU-capped. */
export const exampleCache = new BoundedCache<string, TPreparedExample[]>(256);

/** A short, stable signature of the examples (FNV-1a over answers and grades), for the cache key. */
export function examplesSignature(examples: readonly TGradedExample[]): string {
  let h = 0x811c9dc5;
  const mix = (s: string) => {
    for (let i = 0; i < s.length; i++) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
  };
  // The labeller too: the same answers from one voice or from several are capped differently.
  for (const e of examples) {
    mix(e.answer);
    mix(`\u0000${e.grade}\u0000${e.source ?? ""}\u0000${e.labeller ?? ""}\u0001`);
  }
  return `${examples.length}:${h.toString(36)}`;
}
