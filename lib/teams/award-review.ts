// What a review gives the boards, from what was read just before the review's
// transaction (lib/review/read-review-context.ts): is it the card's first live
// review on the reviewer's day and the streak the day extends; the points wait
// for the day's total read under the write's lock. Pure.
import type { TReviewContext } from "@/lib/review/read-review-context";
import { pointsForReview, type TPointsInput } from "./points";

export type TAward = {
  day: string;
  firstOfDay: boolean;
  /** The user's row for `day` existed when read (rows are never deleted, so it still does). */
  hasDayRow: boolean;
  /**
   * The points, cut to what is left of the day's cap. Call it with the day's
   * points read under the review's lock (see recordReview), never a value read
   * before: two reviews at the same instant would both pass the cap.
   */
  pointsFor: (earnedToday: number) => number;
  /** For bumpActivity: the day's counters this review moves. */
  activity: { retention: "recalled" | "forgotten" | null; streak: number };
};

/** FSRS-6 weights carry the decay as w[20]; older or default weights use the default curve. */
const decayOf = (weights: string | null) => {
  const w = weights ? (JSON.parse(weights) as number[]) : [];
  return w.length >= 21 ? w[20] : undefined;
};

/** `read`: the reviewer's day, the card's earlier review that day and the rows of that day and the day before. */
export function awardReview(
  user: { fsrsWeights: string | null },
  card: TPointsInput["card"],
  review: { rating: number; score: number | null; source: "daily" | "interview" },
  now: Date,
  read: Pick<TReviewContext, "earlier" | "day" | "yesterday" | "days">,
): TAward {
  const { earlier, day, yesterday, days } = read;
  const today = days.find((d) => d.day === day && d.reviews > 0);
  const before = days.find((d) => d.day === yesterday && d.reviews > 0);
  const firstOfDay = !earlier;
  const decay = decayOf(user.fsrsWeights);
  const pointsFor = (earnedToday: number) =>
    pointsForReview(
      {
        ...review,
        card,
        firstOfDay,
        earnedToday,
        ...(decay !== undefined ? { decay } : {}),
      },
      now,
    );
  const retention =
    firstOfDay && card.state === 2 && review.source === "daily" ? (review.rating > 1 ? "recalled" : "forgotten") : null;
  return {
    day,
    firstOfDay,
    hasDayRow: days.some((d) => d.day === day),
    pointsFor,
    activity: { retention, streak: today ? today.streak : (before?.streak ?? 0) + 1 },
  };
}
