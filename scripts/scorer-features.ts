// Step 1 of `npm run scorer:fit`: the judge's features for every graded
// answer, computed by the same code the app runs (lib/scoring/features.ts),
// written to scripts/tmp/scorer-features.jsonl for scripts/model/fit_judge.py.
import { mkdirSync, writeFileSync } from "node:fs";
import { closeScorer } from "@/lib/scoring/embedder";
import { crossEncoderDir, readManifest } from "@/lib/scoring/model-files";
import { FEATURES, readAnswer } from "@/lib/scoring/features";
import { prepareCard } from "@/lib/scoring/prepare-card";
import { isBlank } from "@/lib/scoring/is-blank";
import { MISCONCEPTION_KINDS, readScorerData } from "./lib/scorer-data";

// The judge weighs the cross-encoder on fold B, so its scores there must come from one that never trained on
// fold B: the fold-A model, not the shipped A+B one (lib/scoring/README.md, "How to refit").
const ceFolds = readManifest(crossEncoderDir()).folds;
if (ceFolds !== "A") {
  console.error(
    `${crossEncoderDir()} was trained on fold(s) ${ceFolds}: set DECKHAND_CROSS_ENCODER_DIR to a cross-encoder trained on fold A only (train_cross_encoder.py --folds A --out DIR).`,
  );
  process.exit(2);
}

const items = readScorerData().filter((it) => !isBlank(it.answer) && it.answer.length <= 5000);
const lines: [number, string][] = [];
const started = performance.now();
const CONCURRENCY = 8;
let next = 0;
async function work() {
  while (next < items.length) {
    const i = next++;
    const it = items[i]!;
    const card = await prepareCard(it.question, it.reference, it.wrongAnswer);
    const ref = await readAnswer(card, it.reference);
    const r = await readAnswer(card, it.answer);
    lines.push([
      i,
      JSON.stringify({
        source: it.source,
        qid: it.qid,
        heldOut: it.heldOut,
        fold: it.fold,
        target: it.target,
        label: it.label,
        flag: MISCONCEPTION_KINDS.has(it.label) ? 1 : 0,
        x: r.features,
        ref: ref.features,
      }),
    ]);
    if (lines.length % 1000 === 0)
      console.error(`${lines.length}/${items.length} ${((performance.now() - started) / 1000).toFixed(0)} s`);
  }
}
await Promise.all(Array.from({ length: CONCURRENCY }, work));
mkdirSync("scripts/tmp", { recursive: true });
// In the data's own order, whatever order the pool finished in: the fit is reproducible.
writeFileSync(
  "scripts/tmp/scorer-features.jsonl",
  lines
    .sort((a, b) => a[0] - b[0])
    .map((l) => l[1])
    .join("\n") + "\n",
);
writeFileSync("scripts/tmp/scorer-features.names.json", JSON.stringify(FEATURES));
console.error(`${lines.length} answers in ${((performance.now() - started) / 1000).toFixed(0)} s`);
await closeScorer();
