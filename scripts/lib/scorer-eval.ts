// Held-out figures for bench:scorer: AUC within questions, accuracy, correlations.
import { pearson, spearman } from "./stats";

/** Within each question, the share of (positive, negative) pairs the positive outscores (ties half), pooled over questions. */
export function pooledAuc(items: readonly { qid: string; positive: boolean; score: number }[]): number {
  const byQ = new Map<string, { pos: number[]; neg: number[] }>();
  for (const it of items) {
    const g = byQ.get(it.qid) ?? { pos: [], neg: [] };
    (it.positive ? g.pos : g.neg).push(it.score);
    byQ.set(it.qid, g);
  }
  let wins = 0;
  let pairs = 0;
  for (const { pos, neg } of byQ.values()) {
    for (const p of pos) for (const n of neg) wins += p > n ? 1 : p === n ? 0.5 : 0;
    pairs += pos.length * neg.length;
  }
  return pairs ? wins / pairs : Number.NaN;
}

export function accuracy(items: readonly { positive: boolean; predicted: boolean }[]): number {
  return items.filter((i) => i.positive === i.predicted).length / Math.max(1, items.length);
}

export { pearson, spearman };
