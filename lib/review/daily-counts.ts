import type { TDb } from "@/lib/db/client";

/**
 * What the user has done today against their daily limits. ts-fsrs logs the
 * state *before* the review, so a New-state log is a card introduced today
 * and a Review-state log a review; learning steps count against neither.
 */
export async function getDailyCounts(db: TDb, userId: string, dayStart: Date) {
  const rows = await db.reviewLog.groupBy({
    by: ["state"],
    where: { userId, undone: false, source: "daily", review: { gte: dayStart } },
    _count: { _all: true },
  });
  const of = (state: number) => rows.find((r) => r.state === state)?._count._all ?? 0;
  return { newDone: of(0), reviewsDone: of(2) };
}
