import type { TDb } from "@/lib/db/client";
import { getQueue, type TQueueUser } from "./get-queue";
import { countStreak } from "./streak";
import { userDay } from "./user-day";
import { owned } from "@/lib/db/owned";

/** What the Today page shows: due and new counts for the user's day, and the streak. */
export async function getToday(db: TDb, user: TQueueUser, now: Date) {
  const { day } = userDay(user, now);
  const mine = owned(db, user.id);
  const [queue, active, anyDay] = await Promise.all([
    getQueue(db, user, now, { take: 0 }),
    mine.dailyActivity.findMany({
      where: { reviews: { gt: 0 } },
      select: { day: true },
      orderBy: { day: "desc" },
      take: 400,
    }),
    // Any day with activity (a review or an interview answer): no longer a first visit.
    mine.dailyActivity.findFirst({ select: { id: true } }),
  ]);
  return {
    ...queue.counts,
    doneToday: queue.doneToday,
    total: queue.total,
    streak: countStreak(
      active.map((a) => a.day),
      day,
    ),
    started: anyDay !== null,
  };
}
