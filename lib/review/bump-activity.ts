import type { TDb } from "@/lib/db/client";

/**
 * Per-user per-day counters for streaks and leaderboards: +1 with a review,
 * -1 when it is undone, so a day's totals always match its live logs.
 */
export function bumpActivity(
  tx: Pick<TDb, "dailyActivity">, userId: string, day: string, what: { newCard: boolean; correct: boolean }, sign: 1 | -1,
) {
  const inc = { reviews: sign, newCards: what.newCard ? sign : 0, correct: what.correct ? sign : 0, points: sign };
  // Not awaited here: the review records it inside a batch transaction; await it elsewhere.
  return tx.dailyActivity.upsert({
    where: { userId_day: { userId, day } },
    create: { userId, day, ...inc },
    update: {
      reviews: { increment: inc.reviews }, newCards: { increment: inc.newCards },
      correct: { increment: inc.correct }, points: { increment: inc.points },
    },
    select: { id: true },
  });
}
