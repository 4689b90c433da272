// Card counts by state and flag, and histograms of stability, difficulty and
// current retrievability over the cards that have been reviewed. Pure.

export type TDistCard = {
  state: number;
  suspended: boolean;
  leech: boolean;
  buriedUntil: Date | null;
  stability: number;
  difficulty: number;
  retrievability: number | null;
};
export type TBin = { label: string; count: number };
export type TCardDistribution = {
  counts: {
    new: number;
    learning: number;
    review: number;
    relearning: number;
    suspended: number;
    leech: number;
    buried: number;
    total: number;
  };
  stability: TBin[];
  difficulty: TBin[];
  retrievability: TBin[];
};

const STABILITY_EDGES = [1, 3, 7, 14, 30, 90, 180, 365];
const stabilityLabels = ["< 1 d", "1–3 d", "3–7 d", "1–2 wk", "2 wk–1 mo", "1–3 mo", "3–6 mo", "6–12 mo", "≥ 1 yr"];

function binBy(edges: number[], v: number) {
  let i = 0;
  while (i < edges.length && v >= edges[i]!) i++;
  return i;
}

export function cardDistribution(cards: readonly TDistCard[], now: Date): TCardDistribution {
  const counts = { new: 0, learning: 0, review: 0, relearning: 0, suspended: 0, leech: 0, buried: 0, total: 0 };
  const stability = stabilityLabels.map((label) => ({ label, count: 0 }));
  // Difficulty in FSRS runs from 1 (easiest) to 10.
  const difficulty = Array.from({ length: 9 }, (_, i) => ({ label: `${i + 1}–${i + 2}`, count: 0 }));
  const retrievability = Array.from({ length: 10 }, (_, i) => ({ label: `${i * 10}–${i * 10 + 10}%`, count: 0 }));
  const byState = ["new", "learning", "review", "relearning"] as const;
  for (const c of cards) {
    counts.total++;
    counts[byState[c.state] ?? "new"]++;
    if (c.suspended) counts.suspended++;
    if (c.leech) counts.leech++;
    if (c.buriedUntil && c.buriedUntil > now) counts.buried++;
    if (c.state === 0) continue;
    stability[binBy(STABILITY_EDGES, c.stability)]!.count++;
    difficulty[Math.min(8, Math.max(0, Math.floor(c.difficulty) - 1))]!.count++;
    if (c.retrievability !== null) retrievability[Math.min(9, Math.floor(c.retrievability * 10))]!.count++;
  }
  return { counts, stability, difficulty, retrievability };
}
