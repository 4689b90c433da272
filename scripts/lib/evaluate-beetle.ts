import { readFileSync } from "node:fs";
import { join } from "node:path";
import { scoreAnswer } from "@/lib/scoring/score-answer";
import { datasetPath } from "./datasets-dir";

export const DEFAULT_BEETLE_DIR = datasetPath("beetle-sra");

export interface TBeetleItem {
  qid: string;
  question: string;
  reference: string;
  answer: string;
  label: string;
}

export function readBeetle(dir = process.env.BEETLE_DIR ?? DEFAULT_BEETLE_DIR): TBeetleItem[] {
  return readFileSync(join(dir, "train.jsonl"), "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as TBeetleItem);
}

/**
 * Whole questions are held out, as the task's "unseen questions" test does:
 * a question is held out when the FNV hash of its id is ≡ 0 (mod 3), a fixed
 * third of the questions. The cut-off is chosen on the other questions.
 */
export function isHeldOutQuestion(qid: string): boolean {
  let h = 0x811c9dc5;
  for (let i = 0; i < qid.length; i++) h = Math.imul(h ^ qid.charCodeAt(i), 0x01000193) >>> 0;
  return h % 3 === 0;
}

export interface TBeetleReport {
  questions: number;
  n: number;
  cutoff: number;
  accuracy: number;
  contradictionRanking: number;
}

/** Scores every answer; 2-way accuracy (correct vs the rest) at a cut-off fitted on the tune questions, and contradiction ranking. */
export function evaluateBeetle(items: readonly TBeetleItem[] = readBeetle()): { tune: TBeetleReport; heldOut: TBeetleReport } {
  const scored = items.map((item) => ({ item, score: scoreAnswer({ question: item.question, reference: item.reference, answer: item.answer }).score }));
  const tune = scored.filter((s) => !isHeldOutQuestion(s.item.qid));
  const held = scored.filter((s) => isHeldOutQuestion(s.item.qid));
  let cutoff = 50;
  let best = -1;
  for (let c = 0; c <= 100; c++) {
    const acc = accuracy(tune, c);
    if (acc > best) [best, cutoff] = [acc, c];
  }
  const report = (subset: typeof scored): TBeetleReport => ({
    questions: new Set(subset.map((s) => s.item.qid)).size,
    n: subset.length,
    cutoff,
    accuracy: accuracy(subset, cutoff),
    contradictionRanking: ranking(subset),
  });
  return { tune: report(tune), heldOut: report(held) };
}

function accuracy(subset: readonly { item: TBeetleItem; score: number }[], cutoff: number): number {
  let ok = 0;
  for (const s of subset) if ((s.score >= cutoff) === (s.item.label === "correct")) ok++;
  return ok / Math.max(1, subset.length);
}

/** Within each question, the share of (correct, contradictory) pairs where the correct answer scores higher (ties half). */
function ranking(subset: readonly { item: TBeetleItem; score: number }[]): number {
  const byQ = new Map<string, { c: number[]; x: number[] }>();
  for (const s of subset) {
    const g = byQ.get(s.item.qid) ?? { c: [], x: [] };
    if (s.item.label === "correct") g.c.push(s.score);
    else if (s.item.label === "contradictory") g.x.push(s.score);
    byQ.set(s.item.qid, g);
  }
  let wins = 0;
  let pairs = 0;
  for (const { c, x } of byQ.values()) {
    for (const a of c) for (const b of x) {
      pairs++;
      wins += a > b ? 1 : a === b ? 0.5 : 0;
    }
  }
  return pairs > 0 ? wins / pairs : Number.NaN;
}
