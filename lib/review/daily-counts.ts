import type { TDb } from "@/lib/db/client";
import { owned } from "@/lib/db/owned";

/**
 * What the user has done today against their daily limits. ts-fsrs logs the
 * state *before* the review, so a New-state log introduces a card and a
 * Review-state log is a review; learning steps count against neither limit.
 * New cards are counted once each: a card forgotten and relearned the same
 * day is still one new card (else "new today" could pass the limit).
 * Only the first `newCap` introduced cards are read: past the limit the exact
 * number changes nothing the queue does.
 */
export async function getDailyCounts(db: TDb, userId: string, dayStart: Date, newCap = 10_000) {
  const mine = owned(db, userId);
  const today = { undone: false, source: "daily", review: { gte: dayStart } };
  const [rows, introduced] = await Promise.all([
    mine.reviewLog.groupBy({ by: ["state"], where: today, _count: { _all: true } }),
    mine.reviewLog.findMany({
      where: { ...today, state: 0 },
      distinct: ["cardId"],
      select: { cardId: true },
      take: newCap,
    }),
  ]);
  const of = (state: number) => rows.find((r) => r.state === state)?._count._all ?? 0;
  return { newDone: introduced.length, reviewsDone: of(2), allDone: rows.reduce((n, r) => n + r._count._all, 0) };
}
