import { availableParallelism } from "node:os";
import path from "node:path";
import { Piscina } from "piscina";
import { BoundedCache } from "./bounded-cache";
import { InferenceGate } from "./inference-gate";
import { crossEncoderDir, modelDir, verifyModelFiles } from "./model-files";

/** One embedding per text: mean-pooled, unit length (cosine = dot product). */
export type TVector = Float32Array;

/** Texts per model call: padding to the longest costs little at this size, and a call stays short. */
const BATCH = 16;
/**
 * Cards' sentences, wrong answers and examples come back on every review;
 * 20,000 vectors × 1.5 KB ≈ 30 MB at most.
 */
const cache = new BoundedCache<string, TVector>(20_000);
/** One pool per model (each model loaded once), both behind one gate. */
let pools: { encoder: Piscina; cross: Piscina; gate: InferenceGate } | undefined;
/** Every worker has loaded its model and run it once. */
let ready: Promise<void> | undefined;

function getPools(): NonNullable<typeof pools> {
  if (pools) return pools;
  const dir = modelDir();
  const crossDir = crossEncoderDir();
  verifyModelFiles(dir);
  verifyModelFiles(crossDir);
  // A plain file path (not bundled): it must exist as-is after `next build`.
  const filename = path.resolve(process.cwd(), "lib/scoring/embed-worker.mjs");
  // One core stays with the event loop (requests, the database); the gate lets a quiet server borrow it.
  const threads = Math.max(1, availableParallelism() - 1);
  const pool = (model: "encoder" | "cross") =>
    new Piscina({
      filename,
      workerData: {
        tokenizerDir: dir,
        model,
        modelPath: path.join(model === "encoder" ? dir : crossDir, "model.onnx"),
      },
      minThreads: threads,
      maxThreads: threads,
      idleTimeout: 2 ** 31 - 1,
    });
  const p = { encoder: pool("encoder"), cross: pool("cross"), gate: new InferenceGate(threads) };
  pools = p;
  ready = Promise.all(
    Array.from({ length: threads }, (_, i) => [
      p.encoder.run({ texts: [`warm up ${i}`] }),
      p.cross.run({ pairs: [[`warm ${i}`, "up"]] }),
    ]).flat(),
  ).then(() => {});
  return p;
}

function run(model: "encoder" | "cross", task: object): Promise<unknown> {
  const p = getPools();
  return p.gate.run(() => p[model].run(task));
}

/** Embeds texts in the worker pool, cached by text. */
export async function embedTexts(texts: readonly string[]): Promise<TVector[]> {
  const missing = [...new Set(texts.filter((t) => !cache.has(t)))];
  const found = new Map<string, TVector>();
  // Similar lengths share a batch, so little of it is padding: a batch is padded to its longest text, and one
  // answer's short clauses padded to its whole length made its slowest answers 3–5× slower (p99 ≈ 100 ms).
  missing.sort((a, b) => a.length - b.length);
  const batches: string[][] = [];
  for (const t of missing) {
    const last = batches.at(-1);
    if (last && last.length < BATCH && t.length <= 2 * last[0]!.length + 40) last.push(t);
    else batches.push([t]);
  }
  await Promise.all(
    batches.map(async (batch) => {
      const { dims, data } = (await run("encoder", { texts: batch })) as { dims: number; data: Float32Array };
      batch.forEach((t, i) => found.set(t, data.slice(i * dims, (i + 1) * dims)));
    }),
  );
  for (const [t, v] of found) cache.set(t, v);
  return texts.map((t) => found.get(t) ?? cache.get(t)!);
}

const judged = new BoundedCache<string, number>(20_000);

/** The cross-encoder's logit for (model answer, answer) pairs: how right graders would find the answer. Cached by pair. */
export async function judgePairs(pairs: readonly (readonly [string, string])[]): Promise<number[]> {
  const key = (p: readonly [string, string]) => `${p[0]}\u0000${p[1]}`;
  const missing = pairs.filter((p) => !judged.has(key(p)));
  const batches: (readonly [string, string])[][] = [];
  for (let i = 0; i < missing.length; i += BATCH) batches.push(missing.slice(i, i + BATCH));
  const found = new Map<string, number>();
  await Promise.all(
    batches.map(async (batch) => {
      const { data } = (await run("cross", { pairs: batch })) as { data: Float32Array };
      batch.forEach((p, i) => found.set(key(p), data[i]!));
    }),
  );
  for (const [k, v] of found) judged.set(k, v);
  return pairs.map((p) => found.get(key(p)) ?? judged.get(key(p))!);
}

/** Forgets every cached text and pair (cards and prepared examples keep theirs): benchmarks time answers as new. */
export function forgetTexts(): void {
  cache.clear();
  judged.clear();
}

export function cosine(a: TVector, b: TVector): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}

/**
 * Verifies the model files and loads the models in every worker, so the
 * first answer scored costs no more than the next. Throws (ModelFileError)
 * when a file is missing or corrupt: the caller must stop the app.
 */
export async function warmScorer(): Promise<void> {
  getPools();
  await ready;
}

/** Stops the workers (scripts and tests; the server keeps them for its life). */
export async function closeScorer(): Promise<void> {
  const p = pools;
  if (!p) return;
  // A worker torn down while it is still loading a model aborts the whole process (onnxruntime's native code): let them all finish first.
  await ready?.catch(() => {});
  pools = undefined;
  ready = undefined;
  await Promise.all([p.encoder.destroy(), p.cross.destroy()]);
}
