// The write half of a review: the card moves on, the day's and all-time
// counters move, the log is written with the points the day's cap leaves, all
// or nothing. The day's row is written before its points are read, so from
// there to commit no other review of the user can add to it (a row lock on
// PostgreSQL; on SQLite one transaction runs at a time): two reviews at the
// same instant cannot both pass the cap. A lost race throws P2025 (the card's
// version moved) or P2002 (the idempotency key exists), as Prisma would.
import type { TDb } from "@/lib/db/client";
import { owned } from "@/lib/db/owned";
import type { Prisma } from "@/lib/db/generated/sqlite/client";
import type { TCardState } from "./scheduler";
import { bumpActivity, type TActivityDelta } from "./bump-activity";

export type TReviewWrite = {
  userId: string;
  day: string;
  /** The day's row existed when read before the write (PostgreSQL's one-statement write needs it to lock). */
  hasDayRow: boolean;
  card: { id: string; version: number; next: TCardState; leech: boolean };
  counters: Required<Pick<TActivityDelta, "newCard" | "correct" | "retention" | "streak">>;
  /** The log row, less its points. */
  log: Record<string, string | number | boolean | Date | null> & { id: string };
  pointsFor: (earnedToday: number) => number;
  alsoWrite?: (tx: Prisma.TransactionClient) => PromiseLike<unknown>[];
};

// Reviews of one user queue on that user's day row; under a burst the wait can
// pass Prisma's 2 s default, which would fail a review that only had to wait.
const TX_WAIT = { maxWait: 10_000, timeout: 10_000 };

/** Through Prisma: any provider, and the only path that can add a caller's own writes (an interview answer). */
export async function writeReviewPrisma(db: TDb, w: TReviewWrite): Promise<number> {
  return db.$transaction(async (tx) => {
    const mine = owned(tx as unknown as TDb, w.userId);
    await mine.card.update({
      where: { id: w.card.id, version: w.card.version },
      data: { ...w.card.next, version: { increment: 1 }, ...(w.card.leech ? { leech: true, suspended: true } : {}) },
      select: { id: true },
    });
    const today = await bumpActivity(tx, w.userId, w.day, { ...w.counters, points: 0 }, 1)[0];
    const earned = w.pointsFor(today.points);
    await mine.reviewLog.create({
      data: { ...(w.log as Prisma.ReviewLogUncheckedCreateInput), points: earned },
      select: { id: true },
    });
    await Promise.all([
      earned
        ? mine.dailyActivity.update({
            where: { userId_day: { userId: w.userId, day: w.day } },
            data: { points: { increment: earned } },
            select: { id: true },
          })
        : null,
      bumpActivity(tx, w.userId, w.day, { ...w.counters, points: earned }, 1)[1],
      ...(w.alsoWrite?.(tx) ?? []),
    ]);
    return earned;
  }, TX_WAIT);
}
