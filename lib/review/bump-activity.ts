import type { TDb } from "@/lib/db/client";
import { owned } from "@/lib/db/owned";

export type TActivityDelta = {
  newCard: boolean;
  correct: boolean;
  /** Leaderboard points the review earned (its log's `points`). */
  points?: number;
  /** A first-of-day review of a review-state card: counts for true retention. */
  retention?: "recalled" | "forgotten" | null;
  /** The streak this day extends to; written with a review, left alone by an undo. */
  streak?: number;
};

/**
 * Per-user per-day counters for streaks and leaderboards, and the user's
 * all-time totals: added with a review, taken back exactly when it is undone,
 * so the totals always match the live logs. Two writes: run both in the
 * review's transaction (the daily row first: recordReview reads its points as it locks it).
 */
export function bumpActivity(
  tx: Pick<TDb, "dailyActivity" | "activityTotal">,
  userId: string,
  day: string,
  what: TActivityDelta,
  sign: 1 | -1,
) {
  const inc = {
    reviews: sign,
    newCards: what.newCard ? sign : 0,
    correct: what.correct ? sign : 0,
    points: (what.points ?? 0) * sign,
    retentionReviews: what.retention ? sign : 0,
    retentionRecalled: what.retention === "recalled" ? sign : 0,
  };
  const streak = sign === 1 && what.streak !== undefined ? { streak: what.streak } : {};
  const total = {
    reviews: inc.reviews,
    points: inc.points,
    retentionReviews: inc.retentionReviews,
    retentionRecalled: inc.retentionRecalled,
  };
  const mine = owned(tx, userId);
  // Not awaited here: the review records them inside a batch transaction; await them elsewhere.
  const daily = mine.dailyActivity.upsert({
    where: { userId_day: { userId, day } },
    create: { userId, day, ...inc, ...streak },
    update: {
      reviews: { increment: inc.reviews },
      newCards: { increment: inc.newCards },
      correct: { increment: inc.correct },
      points: { increment: inc.points },
      retentionReviews: { increment: inc.retentionReviews },
      retentionRecalled: { increment: inc.retentionRecalled },
      ...streak,
    },
    select: { id: true, points: true },
  });
  const allTime = mine.activityTotal.upsert({
    where: { userId },
    create: { userId, ...total },
    update: {
      reviews: { increment: total.reviews },
      points: { increment: total.points },
      retentionReviews: { increment: total.retentionReviews },
      retentionRecalled: { increment: total.retentionRecalled },
    },
    select: { userId: true },
  });
  return [daily, allTime] as const;
}
