// Which questions an interview asks. Pure: `now` and `seed` come in, the same
// inputs always give the same interview. One pass over the candidates with a
// bounded top-k (k ≤ 15), so 100,000 cards cost linear time and no sort.
import { default_w } from "ts-fsrs";
import { mulberry32 } from "@/lib/random/seeded-random";

export type TPickMode = "weak" | "unseen" | "random";
export const MAX_QUESTIONS = 15;

export type TCandidateCard = {
  state: number;
  stability: number;
  lapses: number;
  lastReview: Date | null;
  leech: boolean;
  suspended: boolean;
};
export type TCandidate = {
  questionId: string;
  /** null: the user has no card yet (same as never seen). */
  card: TCandidateCard | null;
  /** The user's last typed answer to it gave the chapter's common wrong answer. */
  lastAnswerWrong: boolean;
};
/** The previous interview's questions, and whether each was missed. */
export type TPreviousAsk = { questionId: string; missed: boolean };

export type TSelectInput = {
  candidates: readonly TCandidate[];
  previous: readonly TPreviousAsk[];
  mode: TPickMode;
  count: number;
  now: Date;
  seed: number;
  /** The user's FSRS weights (their optimized ones), for the forgetting curve. */
  weights?: readonly number[] | null;
};

// The weighting (README "Mock interviews" repeats it): a seen card's weight is
//   (1 − R) + 0.35·[last typed answer was the common wrong answer]
//           + 0.05·min(lapses, 6) + 0.30·[leech] + 0.01·u,   u uniform in [0, 1) from the seed
// where R is FSRS retrievability at `now`. The jitter only breaks near-ties.
export const WEIGHTS = { wrongAnswer: 0.35, perLapse: 0.05, maxLapses: 6, leech: 0.3, jitter: 0.01 } as const;
/** About one question in three is one the user has never seen. */
export const UNSEEN_SHARE = 1 / 3;

const DAY_MS = 86_400_000;
const isSeen = (c: TCandidate) => c.card !== null && c.card.state !== 0;

/** Keeps the k highest-keyed items seen so far; insertion into a k-long array. */
class TopK<T> {
  items: { key: number; value: T }[] = [];
  constructor(private k: number) {}
  push(key: number, value: T) {
    if (this.k <= 0) return;
    const a = this.items;
    if (a.length === this.k && key <= a[a.length - 1]!.key) return;
    let i = a.length;
    while (i > 0 && a[i - 1]!.key < key) i--;
    a.splice(i, 0, { key, value });
    if (a.length > this.k) a.pop();
  }
  values() {
    return this.items.map((x) => x.value);
  }
}

/**
 * FSRS-6's forgetting curve, R = (1 + f·t/S)^(−d) with f = 0.9^(−1/d) − 1 (so R = 0.9
 * at t = S), as ts-fsrs's forgetting_curve computes it, with the constants worked
 * out once per interview instead of once per card. `decay` is the weight w[20].
 */
export function forgettingCurve(decay: number) {
  const factor = Math.pow(0.9, -1 / decay) - 1;
  return (elapsedDays: number, stability: number) => Math.pow(1 + (factor * elapsedDays) / stability, -decay);
}

export function weakWeight(
  card: TCandidateCard,
  lastAnswerWrong: boolean,
  now: Date,
  curve: (t: number, s: number) => number,
): number {
  const elapsedDays = card.lastReview ? Math.max(0, (now.getTime() - card.lastReview.getTime()) / DAY_MS) : 0;
  const r = card.stability > 0 ? curve(elapsedDays, card.stability) : 0;
  return (
    1 -
    r +
    (lastAnswerWrong ? WEIGHTS.wrongAnswer : 0) +
    WEIGHTS.perLapse * Math.min(card.lapses, WEIGHTS.maxLapses) +
    (card.leech ? WEIGHTS.leech : 0)
  );
}

/**
 * Question ids in the order they are asked. Suspended cards are left out unless
 * they are leeches (an interview is the place to work on those). A question the
 * previous interview asked and was not missed is used only when nothing else is
 * left to fill the count.
 */
export function selectQuestions(input: TSelectInput): string[] {
  const count = Math.max(0, Math.min(MAX_QUESTIONS, Math.floor(input.count)));
  const rand = mulberry32(input.seed);
  // w[20] is FSRS-6's decay parameter; older 19-weight sets use the default.
  const curve = forgettingCurve(input.weights?.[20] ?? default_w[20]!);
  const now = input.now;
  const askedWell = new Set(input.previous.filter((p) => !p.missed).map((p) => p.questionId));

  const unseenSlots = input.mode === "weak" ? Math.round(count * UNSEEN_SHARE) : count;
  const weak = new TopK<string>(count);
  const unseen = new TopK<string>(count);
  const random = new TopK<string>(count);
  const fallback = new TopK<string>(count);
  for (const c of input.candidates) {
    if (c.card?.suspended && !c.card.leech) continue;
    const u = rand();
    if (askedWell.has(c.questionId)) fallback.push(u, c.questionId);
    else if (input.mode === "random") random.push(u, c.questionId);
    else if (isSeen(c))
      weak.push(weakWeight(c.card!, c.lastAnswerWrong, now, curve) + WEIGHTS.jitter * u, c.questionId);
    else unseen.push(u, c.questionId);
  }

  let picked: string[];
  if (input.mode === "random") picked = random.values();
  else if (input.mode === "unseen") picked = [...unseen.values(), ...weak.values()];
  else {
    // Weak spots first, then the unseen share; either list fills the other's gap.
    const w = weak.values();
    const n = unseen.values();
    const nUnseen = Math.min(n.length, Math.max(unseenSlots, count - w.length));
    const nWeak = Math.min(w.length, count - nUnseen);
    picked = [...w.slice(0, nWeak), ...n.slice(0, nUnseen)];
  }
  return [...picked, ...fallback.values()].slice(0, count);
}
