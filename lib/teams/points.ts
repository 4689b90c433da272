// Leaderboard points: what a review earns. Pure: the caller passes `now` and
// what the database knows (first of the day? earned so far today?). The rules
// are documented in README "Points"; keep the two in step.
import { FSRS6_DEFAULT_DECAY, forgetting_curve } from "ts-fsrs";

export const POINT_RULES = {
  /** The first time a new card is studied. */
  learnNew: 2,
  /** A learning or relearning card recalled on a later day. */
  learningRecall: 1,
  /** A review-state card recalled: base + bonus × (1 − retrievability). */
  reviewBase: 2,
  reviewBonus: 8,
  /** Self-rated without typing: recall we cannot check counts at this weight. */
  untypedWeight: 0.5,
  /** A typed answer below this score is not a recall, whatever the button said. */
  typedPassScore: 40,
  /** An interview answer: interviewMax × score / 100. */
  interviewMax: 10,
  /** Per user per local day; grinding past it earns nothing. */
  dailyCap: 200,
} as const;
export type TPointRules = typeof POINT_RULES;

export type TPointsInput = {
  source: "daily" | "interview";
  /** No other live review of this card on the reviewer's day. */
  firstOfDay: boolean;
  /** The card before this review (ts-fsrs State: 0 New, 1 Learning, 2 Review, 3 Relearning). */
  card: { state: number; stability: number; lastReview: Date | null };
  rating: number;
  /** The typed answer's score (0–100); null when the reviewer did not type. */
  score: number | null;
  /** Points this user already has on this day. */
  earnedToday: number;
  /** FSRS decay of the user's parameters (w[20]); the FSRS-6 default otherwise. */
  decay?: number;
};

/** Probability the card was still remembered at `now` (FSRS forgetting curve). */
export function retrievabilityAt(card: TPointsInput["card"], now: Date, decay: number = FSRS6_DEFAULT_DECAY): number {
  if (!card.lastReview || card.stability <= 0) return 0;
  const elapsedDays = Math.max(0, (now.getTime() - card.lastReview.getTime()) / 86_400_000);
  return forgetting_curve(decay, elapsedDays, card.stability);
}

/** Points before the daily cap. */
export function rawPoints(i: TPointsInput, now: Date, rules: TPointRules = POINT_RULES): number {
  if (!i.firstOfDay) return 0;
  const typed = i.score !== null;
  if (i.source === "interview") return typed ? Math.round((rules.interviewMax * clampScore(i.score!)) / 100) : 0;
  if (i.card.state === 0) return rules.learnNew;
  // Typing is active recall: the score decides, not the self-chosen button.
  const recalled = typed ? clampScore(i.score!) >= rules.typedPassScore : i.rating > 1;
  if (!recalled) return 0;
  // A step card is still being learned: a flat point, too small to weigh.
  if (i.card.state !== 2) return rules.learningRecall;
  const weight = typed ? clampScore(i.score!) / 100 : rules.untypedWeight;
  const r = retrievabilityAt(i.card, now, i.decay);
  return Math.round((rules.reviewBase + rules.reviewBonus * (1 - r)) * weight);
}

/** What the review earns: raw points, cut to what is left of the day's cap. */
export function pointsForReview(i: TPointsInput, now: Date, rules: TPointRules = POINT_RULES): number {
  const left = Math.max(0, rules.dailyCap - i.earnedToday);
  return Math.min(rawPoints(i, now, rules), left);
}

const clampScore = (s: number) => Math.min(100, Math.max(0, s));
