// The scorer's worker thread (piscina): runs one of the pinned models — the
// sentence encoder (embeddings) or the cross-encoder (answer vs model
// answer) — so inference never runs on the server's event loop.
// Plain JavaScript on purpose: the pool loads it by file path, which must
// exist as-is after `next build` (Next bundles .ts, not worker entry files).
import { readFileSync } from "node:fs";
import { setPriority } from "node:os";
import path from "node:path";
import { workerData } from "node:worker_threads";
import { Tokenizer } from "@huggingface/tokenizers";
import * as ort from "onnxruntime-node";

/** Pieces are cut to sentences before they get here; this bounds a pathological one (tokens). */
const MAX_TOKENS = 128;
const CLS = 101;
const SEP = 102;
const WORKER_NICE = 10;
// Each pool loads one model: the encoder (embeddings) or the cross-encoder; both read the encoder's tokenizer.
const { tokenizerDir, model, modelPath } = workerData;
// Linux keeps a nice value per thread: this lowers only this worker's thread (and any thread
// onnxruntime starts from it), so when the cores are busy the event loop — every request,
// /api/health — runs first and inference waits, instead of the other way round.
// Elsewhere (or where refused) it stays at normal priority.
try {
  setPriority(WORKER_NICE);
} catch {}
const tokenizer = new Tokenizer(
  JSON.parse(readFileSync(path.join(tokenizerDir, "tokenizer.json"), "utf8")),
  JSON.parse(readFileSync(path.join(tokenizerDir, "tokenizer_config.json"), "utf8")),
);
// One thread per worker: the gate (inference-gate.ts) decides how many cores inference takes.
const options = { intraOpNumThreads: 1, interOpNumThreads: 1, graphOptimizationLevel: "all" };
const session = await ort.InferenceSession.create(modelPath, options);

const words = (text) => tokenizer.encode(text, { add_special_tokens: false }).ids;

/** Runs a session on token rows padded to one length. */
function run(session, rows) {
  const n = rows.length;
  const len = Math.max(1, ...rows.map((r) => r.ids.length));
  const ids = new BigInt64Array(n * len);
  const mask = new BigInt64Array(n * len);
  const types = new BigInt64Array(n * len);
  rows.forEach((r, i) =>
    r.ids.forEach((id, j) => {
      ids[i * len + j] = BigInt(id);
      mask[i * len + j] = 1n;
      types[i * len + j] = BigInt(r.types?.[j] ?? 0);
    }),
  );
  const dims = [n, len];
  return session
    .run({
      input_ids: new ort.Tensor("int64", ids, dims),
      attention_mask: new ort.Tensor("int64", mask, dims),
      token_type_ids: new ort.Tensor("int64", types, dims),
    })
    .then((out) => ({ out, len }));
}

/** Mean-pooled, L2-normalised sentence embeddings, packed row after row. */
async function embed(texts) {
  const rows = texts.map((t) => ({ ids: [CLS, ...words(t).slice(0, MAX_TOKENS - 2), SEP] }));
  const { out, len } = await run(session, rows);
  const h = out.last_hidden_state.data;
  const d = out.last_hidden_state.dims[2];
  const result = new Float32Array(rows.length * d);
  rows.forEach((r, i) => {
    const row = result.subarray(i * d, (i + 1) * d);
    for (let j = 0; j < r.ids.length; j++) for (let k = 0; k < d; k++) row[k] += h[(i * len + j) * d + k];
    let norm = 0;
    for (let k = 0; k < d; k++) norm += row[k] * row[k];
    norm = Math.sqrt(norm) || 1;
    for (let k = 0; k < d; k++) row[k] /= norm;
  });
  return { dims: d, data: result };
}

/** [CLS] a [SEP] b [SEP], the longer side cut first to MAX_TOKENS (as the training's truncation="longest_first"). */
function pairRow(a, b) {
  let x = words(a);
  let y = words(b);
  while (x.length + y.length > MAX_TOKENS - 3) {
    if (x.length >= y.length) x = x.slice(0, -1);
    else y = y.slice(0, -1);
  }
  return { ids: [CLS, ...x, SEP, ...y, SEP], types: [...Array(x.length + 2).fill(0), ...Array(y.length + 1).fill(1)] };
}

/** The cross-encoder's logit for each (model answer, answer) pair. */
async function judgePairs(pairs) {
  const { out } = await run(
    session,
    pairs.map(([a, b]) => pairRow(a, b)),
  );
  return { dims: 1, data: Float32Array.from(out.logits.data) };
}

export default function task({ texts, pairs }) {
  return model === "cross" ? judgePairs(pairs) : embed(texts);
}
