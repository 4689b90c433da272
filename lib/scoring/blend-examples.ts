import type { TBlendAnswer } from "./match-example";
import { voiceShares, voices } from "./example-voices";
import { liftScore, nearestMatches, type TPreparedExample } from "./prepare-examples";

/**
 * Learning from graded answers: a k-nearest-neighbour correction of the
 * reference-match score (see README "Graded examples").
 *
 * Each example i has its grade G_i (0–100). sim_i is how well the new
 * answer covers example i read as an extra model answer (matchExample: the
 * scorer's own alignment), for the NEAREST examples by cosine of
 * polarity-marked stems, 0 for the others. With s the new answer's
 * model-answer score, n examples:
 *
 *   s⁺        = max(s, max over full-marks examples of sim_i·G_i)    (liftScore)
 *   r_i       = example i's own s⁺ against the other examples       (prepareExampleSet)
 *   trust     = n / (n + SHRINK_N)
 *   corrected = s⁺ + trust · (offset + slope·(s⁺ − r̄)),  offset = Σ w_i·clip(G_i − r_i) / Σ w_i,   w_i = sim_i^SIM_POWER + GLOBAL_WEIGHT
 *   near      = Σ sim_i^SIM_POWER·G_i / Σ sim_i^SIM_POWER
 *   β         = DIRECT · trust · max_i sim_i
 *   score     = s + clip((1 − β)·corrected + β·near − s, ±cap)    cap = 45 / 60 / MAX_SHIFT for 1 / 2 / 3+ voices
 *
 * The residual term says how this question's graders differ from the
 * reference match near this answer (GLOBAL_WEIGHT keeps a question-wide
 * offset: "these graders are strict"); the `near` term grades a
 * near-duplicate of a graded answer like it. Tuned on the Mohler dev split.
 *
 * A labeller cannot drag a question far: at most MAX_PER_LABELLER examples
 * each (graded-example.ts), each residual clipped to ±MAX_RESIDUAL, the
 * whole move (lift included) to ±cap, and examples never lift an answer the scorer
 * found contradicting the model answer or asserting the misconception
 * (`mayRaise: false`: no lift, and the move is never up); the caps for
 * keyword lists and the misconception apply after the blend.
 */
export const MIN_EXAMPLES = 3;
export const SIM_POWER = 4;
export const GLOBAL_WEIGHT = 0.05;
/**
 * trust = n / (n + SHRINK_N): with few examples the residual and neighbour
 * terms count less (3 examples: 3/7). The lift needs no shrinking (it only
 * uses an example the answer covers), so the rest may be trusted less than
 * before it (1); Mohler dev k = 3/5/10 r: 1 → 0.710/0.725/0.756,
 * 2 → 0.715/0.731/0.758, 4 → 0.717/0.736/0.759, 6 → 0.715/0.737/0.759.
 */
export const SHRINK_N = 4;
export const MAX_RESIDUAL = 60;
export const MAX_SHIFT = 75;
export const DIRECT = 0.8;
export const SLOPE_RIDGE = 1000;
/**
 * The move allowed grows with the independent voices among the examples
 * (distinct labellers; an example without one is its own voice): ±45 for
 * one, ±60 for two, ±MAX_SHIFT from three. One user, or two colluding,
 * cannot move a score as far as several graders who agree. (Mohler dev:
 * ±60 for every set gave k = 5 r 0.716; ±75 0.724.)
 */
export const ONE_VOICE_SHIFT = 45;
export const VOICE_STEP = 15;

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
  const sims = nearestMatches(answer, examples);
  const shares = voiceShares(examples);
  // The full-marks examples are extra model answers; the residuals below were measured on the same lifted scale.
  const base = mayRaise ? liftScore(score, sims, examples) : score;
  examples.forEach((e, i) => {
    const sim = sims[i]!;
    // One labeller's examples share one vote: four copies of a junk answer rated Good count as one grader, not four.
    const share = shares[i]!;
    const w = share * (sim ** params.simPower + params.globalWeight);
    const residual = Math.max(-params.maxResidual, Math.min(params.maxResidual, e.target - e.referenceScore));
    ws.push(w);
    residuals.push(residual);
    sum += w * residual;
    weights += w;
    meanRef += w * e.referenceScore;
    near += share * sim ** params.simPower * e.target;
    nearWeights += share * sim ** params.simPower;
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
  const corrected = base + trust * (offset + slope * (base - meanRef));
  // A near-duplicate of a graded answer is graded like it: its neighbours' grades weigh in by how close the closest is.
  const beta = nearWeights > 0 ? params.direct * trust * best : 0;
  const blended = nearWeights > 0 ? (1 - beta) * corrected + beta * (near / nearWeights) : corrected;
  const cap = Math.min(params.maxShift, ONE_VOICE_SHIFT + VOICE_STEP * (voices(examples) - 1));
  let shift = Math.max(-cap, Math.min(cap, blended - score));
  if (!mayRaise) shift = Math.min(0, shift);
  return { score: Math.max(0, Math.min(100, Math.round(score + shift))), used: n, shift };
}
