import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { FEATURES } from "./features";
import { ModelFileError } from "./model-files";

const ZLogistic = z.object({
  mean: z.array(z.number()),
  scale: z.array(z.number()),
  coef: z.array(z.number()),
  intercept: z.number(),
});
/** models/judge.json, written by scripts/model/fit_judge.py (`npm run scorer:fit`). */
const ZJudgeFile = z.object({
  features: z.array(z.string()),
  judge: ZLogistic.extend({ cut: z.number().gt(0).lt(1) }),
  flag: ZLogistic.extend({ features: z.array(z.string()), threshold: z.number().gt(0).lt(1) }),
});
export type TJudgeFile = z.infer<typeof ZJudgeFile>;

export function judgePath(): string {
  return process.env.DECKHAND_JUDGE ?? path.resolve(process.cwd(), "models/judge.json");
}

let loaded: TJudgeFile | undefined;

/** The fitted judge; a missing, malformed or stale file (features not the code's) throws, naming it. */
export function loadJudge(file: string = judgePath()): TJudgeFile {
  if (loaded && file === judgePath()) return loaded;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, "utf8"));
  } catch {
    throw new ModelFileError(file, "is missing or not JSON (run `npm run scorer:fit`)");
  }
  const parsed = ZJudgeFile.safeParse(raw);
  if (!parsed.success) throw new ModelFileError(file, `is malformed: ${parsed.error.issues[0]?.message}`);
  if (parsed.data.features.join() !== FEATURES.join())
    throw new ModelFileError(
      file,
      "was fitted on other features than lib/scoring/features.ts computes (run `npm run scorer:fit`)",
    );
  if (file === judgePath()) loaded = parsed.data;
  return parsed.data;
}

function logistic(m: z.infer<typeof ZLogistic>, x: readonly number[]): number {
  let z = m.intercept;
  m.coef.forEach((c, i) => (z += (c * (x[i]! - m.mean[i]!)) / m.scale[i]!));
  return 1 / (1 + Math.exp(-z));
}

/** Probability that graders would call the answer right. */
export function judgeProbability(features: readonly number[]): number {
  return logistic(loadJudge().judge, features);
}

/**
 * The answer says the wrong answer itself (typed back, or as good as): the
 * encoder puts the same sentence, re-punctuated or re-cased, at ≥ 0.95.
 * Flagged whatever the flag model thinks of its neighbours' wording.
 */
const SAME_MEANING = 0.95;

/** Whether the answer asserts the card's common wrong answer (the flag model; needs a wrong answer on the card). */
export function assertsWrongAnswer(features: readonly number[]): boolean {
  const { flag, features: names } = loadJudge();
  const at = (f: string) => features[names.indexOf(f)]!;
  if (at("hasWrong") !== 1) return false;
  if (at("simWrong") >= SAME_MEANING && at("wrongMargin") > 0) return true;
  return logistic(flag, flag.features.map(at)) >= flag.threshold;
}

/**
 * The probability on the 0–100 scale the verdicts use: the fitted cut maps
 * to 70 (correct from there), 0 to 0, and the model answer's own
 * probability to 100, linearly in between. Monotone, so it ranks as the
 * judge does; the model answer typed back scores 100.
 */
export function toScore(p: number, referenceP: number, correctFrom: number): number {
  const { cut } = loadJudge().judge;
  const top = Math.max(referenceP, cut + 1e-6);
  const s = p >= cut ? correctFrom + ((100 - correctFrom) * (p - cut)) / (top - cut) : (correctFrom * p) / cut;
  return Math.max(0, Math.min(100, Math.round(s)));
}
