import type { TToken } from "./analyze-text";
import { BoundedCache } from "./bounded-cache";
import type { TGradedExample } from "./graded-example";
import { exampleReference, matchExample, type TBlendAnswer, type TExampleReference } from "./match-example";
import { weighWord } from "./weigh-word";

/**
 * Learning from graded answers: a k-nearest-neighbour correction of the
 * reference-match score (see README "Graded examples").
 *
 * Each example i has its grade G_i (0–100) and the score r_i the reference
 * match gives it. sim_i is how well the new answer covers example i read as
 * an extra model answer (matchExample: the scorer's own alignment), for the
 * NEAREST examples by cosine of polarity-marked stems, 0 for the others;
 * with n examples and s the new answer's reference-match score:
 *
 *   trust     = n / (n + SHRINK_N)
 *   corrected = s + trust · Σ w_i·clip(G_i − r_i) / Σ w_i,   w_i = sim_i^SIM_POWER + GLOBAL_WEIGHT
 *   near      = Σ sim_i^SIM_POWER·G_i / Σ sim_i^SIM_POWER
 *   β         = DIRECT · trust · max_i sim_i
 *   score     = s + clip((1 − β)·corrected + β·near − s, ±MAX_SHIFT)
 *
 * The residual term says how this question's graders differ from the
 * reference match near this answer (GLOBAL_WEIGHT keeps a question-wide
 * offset: "these graders are strict"); the `near` term grades a
 * near-duplicate of a graded answer like it. Tuned on the Mohler dev split.
 *
 * A labeller cannot drag a question far: at most MAX_PER_LABELLER examples
 * each (graded-example.ts), each residual clipped to ±MAX_RESIDUAL, the
 * whole move to ±MAX_SHIFT, and examples never lift an answer the scorer
 * found contradicting the model answer or asserting the misconception
 * (`mayRaise: false`); the caps for keyword lists and the misconception
 * apply after the blend.
 */
export const MIN_EXAMPLES = 3;
export const SIM_POWER = 4;
export const GLOBAL_WEIGHT = 0.05;
export const SHRINK_N = 1;
export const MAX_RESIDUAL = 60;
export const MAX_SHIFT = 60;
export const DIRECT = 0.8;
export const SLOPE_RIDGE = 1000;
/** While every example comes from one labeller, the move stays within this (the ±MAX_SHIFT needs two voices). */
export const ONE_VOICE_SHIFT = 45;
/**
 * Only this many examples (the nearest by cosine) are aligned with the
 * answer: aligning all 40 would cost ~40 alignments per review, and on the
 * Mohler dev split 5 keep the whole gain (2: −0.006 r at k = 5; 8: +0.000).
 */
export const NEAREST = 5;

export interface TPreparedExample {
  vector: Map<string, number>;
  norm: number;
  /** Grade on the 0–100 score scale. */
  target: number;
  /** What the reference match alone scores this example. */
  referenceScore: number;
  /** Who graded it; examples without one count as separate voices (CLI, data sets). */
  labeller?: string;
  /** The example as an extra model answer (see matchExample). */
  asReference: TExampleReference;
}

/** Bag of content stems, marked "¬" in negated clauses, weighted by informativeness. */
export function vectorOf(tokens: readonly TToken[]): { vector: Map<string, number>; norm: number } {
  const vector = new Map<string, number>();
  for (const t of tokens) {
    if (!t.isContent) continue;
    const key = t.negated && !t.polarityUnsure ? `¬${t.key}` : t.key;
    vector.set(key, Math.max(vector.get(key) ?? 0, weighWord(t.lemma)));
  }
  let sq = 0;
  for (const w of vector.values()) sq += w * w;
  return { vector, norm: Math.sqrt(sq) };
}

/**
 * One graded example, analysed once per example set: the app (score-answer)
 * and the Mohler k-shot bench both go through here, so the bench measures
 * what reviews get. `grade` is 0–5; `referenceScore` what the reference
 * match alone scores the example.
 */
export function prepareExample(text: string, questionKeys: ReadonlySet<string>, grade: number, referenceScore: number, labeller?: string): TPreparedExample {
  const { tokens, reference } = exampleReference(text, questionKeys);
  return { ...vectorOf(tokens), target: grade * 20, referenceScore, asReference: reference, ...(labeller !== undefined ? { labeller } : {}) };
}

export function cosine(a: { vector: Map<string, number>; norm: number }, b: { vector: Map<string, number>; norm: number }): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  const [small, large] = a.vector.size <= b.vector.size ? [a.vector, b.vector] : [b.vector, a.vector];
  let dot = 0;
  for (const [k, w] of small) {
    const v = large.get(k);
    if (v !== undefined) dot += w * v;
  }
  return dot / (a.norm * b.norm);
}

export interface TBlendParams {
  simPower: number;
  globalWeight: number;
  shrinkN: number;
  maxResidual: number;
  maxShift: number;
  /** Weight of the neighbours' own grades (vs the corrected reference match), times the best similarity. */
  direct: number;
  /**
   * Ridge on the residual's slope against the reference score (score² units;
   * Infinity = offset only). Graders of one question often stretch or squash
   * the reference match's scale, not only shift it.
   */
  slopeRidge: number;
}

export const BLEND_PARAMS: TBlendParams = { simPower: SIM_POWER, globalWeight: GLOBAL_WEIGHT, shrinkN: SHRINK_N, maxResidual: MAX_RESIDUAL, maxShift: MAX_SHIFT, direct: DIRECT, slopeRidge: SLOPE_RIDGE };

export interface TBlend {
  score: number;
  /** How many examples took part (0 when fewer than MIN_EXAMPLES). */
  used: number;
  shift: number;
}

/** Applies the graded examples to a reference-match score (0–100). */
export function blendExamples(
  score: number,
  answer: TBlendAnswer,
  examples: readonly TPreparedExample[],
  mayRaise: boolean,
  params: TBlendParams = BLEND_PARAMS,
): TBlend {
  if (examples.length < MIN_EXAMPLES) return { score, used: 0, shift: 0 };
  let sum = 0;
  let weights = 0;
  let near = 0;
  let nearWeights = 0;
  let best = 0;
  let meanRef = 0;
  const ws: number[] = [];
  const residuals: number[] = [];
  const sims = similarities(answer, examples);
  examples.forEach((e, i) => {
    const sim = sims[i]!;
    const w = sim ** params.simPower + params.globalWeight;
    const residual = Math.max(-params.maxResidual, Math.min(params.maxResidual, e.target - e.referenceScore));
    ws.push(w);
    residuals.push(residual);
    sum += w * residual;
    weights += w;
    meanRef += w * e.referenceScore;
    near += sim ** params.simPower * e.target;
    nearWeights += sim ** params.simPower;
    best = Math.max(best, sim);
  });
  const n = examples.length;
  const trust = n / (n + params.shrinkN);
  const offset = sum / weights;
  meanRef /= weights;
  // Weighted ridge slope of the residual on the reference score: how this question's graders stretch the scale.
  let slope = 0;
  if (Number.isFinite(params.slopeRidge)) {
    let sxy = 0;
    let sxx = 0;
    examples.forEach((e, i) => {
      const dx = e.referenceScore - meanRef;
      sxy += ws[i]! * dx * (residuals[i]! - offset);
      sxx += ws[i]! * dx * dx;
    });
    slope = Math.max(-1, Math.min(1, sxy / (sxx + params.slopeRidge * weights)));
  }
  const corrected = score + trust * (offset + slope * (score - meanRef));
  // A near-duplicate of a graded answer is graded like it: its neighbours' grades weigh in by how close the closest is.
  const beta = nearWeights > 0 ? params.direct * trust * best : 0;
  const blended = nearWeights > 0 ? (1 - beta) * corrected + beta * (near / nearWeights) : corrected;
  const cap = oneVoice(examples) ? Math.min(ONE_VOICE_SHIFT, params.maxShift) : params.maxShift;
  let shift = Math.max(-cap, Math.min(cap, blended - score));
  if (!mayRaise) shift = Math.min(0, shift);
  return { score: Math.max(0, Math.min(100, Math.round(score + shift))), used: n, shift };
}

/** sim_i: matchExample for the NEAREST examples by cosine (ties: the earlier example), 0 for the rest. */
function similarities(answer: TBlendAnswer, examples: readonly TPreparedExample[]): number[] {
  const byCosine = examples.map((e, i) => ({ i, c: cosine(answer, e) })).sort((a, b) => b.c - a.c || a.i - b.i);
  const sims = new Array<number>(examples.length).fill(0);
  for (const { i } of byCosine.slice(0, NEAREST)) sims[i] = matchExample(examples[i]!.asReference, answer);
  return sims;
}

function oneVoice(examples: readonly TPreparedExample[]): boolean {
  const first = examples[0]?.labeller;
  return first !== undefined && examples.every((e) => e.labeller === first);
}

/** Prepared examples per question (keyed by the card and the examples' content), LRU-capped. */
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
  for (const e of examples) {
    mix(e.answer);
    mix(`\u0000${e.grade}\u0001`);
  }
  return `${examples.length}:${h.toString(36)}`;
}
