import { BoundedCache } from "./bounded-cache";
import { cosine, type TVector } from "./embedder";
import { voiceShares, voices } from "./example-voices";
import { readAnswer } from "./features";
import { EXAMPLE_CHARS, selectExamples, type TGradedExample } from "./graded-example";
import type { TCard } from "./prepare-card";

/**
 * Learning from graded answers to the same question (k-shot): the nearest
 * graded answers in embedding space correct the judge's score.
 *
 * Each example i: grade G_i (0–100), the judge's own score r_i for it, its
 * closeness sim_i to the new answer (cosine of the whole answers), its
 * labeller's share of one vote. With s the judge's score and n examples:
 *
 *   w_i    = share_i·(sim_i^SIM_POWER + GLOBAL_WEIGHT),  trust = n / (n + SHRINK_N)
 *   offset = Σ w_i·clip(G_i − r_i, ±MAX_RESIDUAL) / Σ w_i       (how these graders differ from the judge near here)
 *   near   = Σ share_i·sim_i^SIM_POWER·G_i / Σ share_i·sim_i^SIM_POWER
 *   β      = DIRECT·trust·max sim_i
 *   score  = s + clip((1 − β)(s + trust·offset) + β·near − s, ±cap)
 *
 * cap = 45 / 60 / MAX_SHIFT for 1 / 2 / 3+ independent voices; one labeller
 * has at most MAX_PER_LABELLER examples (graded-example.ts); an answer the
 * judge flagged as the misconception is never raised.
 */
export const MIN_EXAMPLES = 3;
export const SIM_POWER = 4;
export const GLOBAL_WEIGHT = 0.05;
export const SHRINK_N = 4;
export const MAX_RESIDUAL = 60;
export const MAX_SHIFT = 75;
export const DIRECT = 0.8;
export const ONE_VOICE_SHIFT = 45;
export const VOICE_STEP = 15;

export interface TPreparedExample {
  vec: TVector;
  target: number;
  ownScore: number;
  labeller?: string;
}

const prepared = new BoundedCache<string, Promise<TPreparedExample[]>>(256);

/** Each selected example read against the card once per card and example set (LRU-cached). */
export function prepareExamples(
  card: TCard,
  examples: readonly TGradedExample[],
  scoreOf: (features: number[]) => number,
): Promise<TPreparedExample[]> {
  const chosen = selectExamples(examples);
  const key = [
    card.question,
    card.reference,
    card.wrongAnswer ?? "",
    ...chosen.map((e) => `${e.grade}\u0001${e.labeller ?? ""}\u0001${e.answer}`),
  ].join("\u0000");
  let hit = prepared.get(key);
  if (!hit) {
    hit = Promise.all(
      chosen.map(async (e) => {
        const r = await readAnswer(card, e.answer.slice(0, EXAMPLE_CHARS));
        return {
          vec: r.wholeVec,
          target: e.grade * 20,
          ownScore: scoreOf(r.features),
          ...(e.labeller !== undefined ? { labeller: e.labeller } : {}),
        };
      }),
    );
    prepared.set(key, hit);
  }
  return hit;
}

export function blendExamples(
  score: number,
  answer: TVector,
  examples: readonly TPreparedExample[],
  mayRaise: boolean,
): { score: number; used: number } {
  if (examples.length < MIN_EXAMPLES) return { score, used: 0 };
  const shares = voiceShares(examples);
  let sum = 0,
    weights = 0,
    near = 0,
    nearWeights = 0,
    best = 0;
  examples.forEach((e, i) => {
    const sim = Math.max(0, cosine(answer, e.vec));
    const w = shares[i]! * (sim ** SIM_POWER + GLOBAL_WEIGHT);
    sum += w * Math.max(-MAX_RESIDUAL, Math.min(MAX_RESIDUAL, e.target - e.ownScore));
    weights += w;
    near += shares[i]! * sim ** SIM_POWER * e.target;
    nearWeights += shares[i]! * sim ** SIM_POWER;
    best = Math.max(best, sim);
  });
  const trust = examples.length / (examples.length + SHRINK_N);
  const corrected = score + (trust * sum) / weights;
  const beta = nearWeights > 0 ? DIRECT * trust * best : 0;
  const blended = nearWeights > 0 ? (1 - beta) * corrected + (beta * near) / nearWeights : corrected;
  const cap = Math.min(MAX_SHIFT, ONE_VOICE_SHIFT + VOICE_STEP * (voices(examples) - 1));
  let shift = Math.max(-cap, Math.min(cap, blended - score));
  if (!mayRaise) shift = Math.min(0, shift);
  return { score: Math.max(0, Math.min(100, Math.round(score + shift))), used: examples.length };
}
