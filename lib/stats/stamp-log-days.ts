// Stamps logs that carry no stored day (imported, or written before the column
// existed) with the local day on the user's current settings, and marks each
// card's first live review of that day, as recordReview would have. The Stats
// page's SQL aggregates read these columns. Idempotent: only rows with day = ''
// are touched. Linear in the user's unstamped logs, written in bounded batches.
import type { TDb } from "@/lib/db/client";
import { makeDayKeyer } from "./day-keys";
import { owned } from "@/lib/db/owned";

const BATCH = 500;

export async function stampLogDays(db: Pick<TDb, "reviewLog" | "user">, userId: string): Promise<number> {
  const mine = owned<"reviewLog">(db, userId);
  const logs = await mine.reviewLog.findMany({
    where: { day: "" },
    select: { id: true, cardId: true, review: true, undone: true },
    orderBy: [{ review: "asc" }, { createdAt: "asc" }],
  });
  if (!logs.length) return 0;
  const clock = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { timezone: true, dayStartHour: true },
  });
  const dayOf = makeDayKeyer(clock);
  const byDay = new Map<string, string[]>();
  const dayOfLog = logs.map((l) => dayOf(l.review));
  logs.forEach((l, i) => {
    const ids = byDay.get(dayOfLog[i]!);
    if (ids) ids.push(l.id);
    else byDay.set(dayOfLog[i]!, [l.id]);
  });
  // A card that already has a stamped live first review that day keeps it.
  const taken = new Set<string>();
  const days = [...byDay.keys()];
  for (let i = 0; i < days.length; i += BATCH) {
    const rows = await mine.reviewLog.findMany({
      where: { firstOfDay: true, undone: false, day: { in: days.slice(i, i + BATCH) } },
      select: { cardId: true, day: true },
    });
    for (const r of rows) taken.add(`${r.cardId}|${r.day}`);
  }
  const firsts: string[] = [];
  logs.forEach((l, i) => {
    const key = `${l.cardId}|${dayOfLog[i]}`;
    if (l.undone || taken.has(key)) return;
    taken.add(key);
    firsts.push(l.id);
  });
  for (const [day, ids] of byDay) {
    for (let i = 0; i < ids.length; i += BATCH)
      await mine.reviewLog.updateMany({ where: { id: { in: ids.slice(i, i + BATCH) } }, data: { day } });
  }
  for (let i = 0; i < firsts.length; i += BATCH)
    await mine.reviewLog.updateMany({ where: { id: { in: firsts.slice(i, i + BATCH) } }, data: { firstOfDay: true } });
  return logs.length;
}
