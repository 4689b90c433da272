// Fixed-window counters of failed sign-ins, stored in the database so all
// app instances share them. Defaults (env): 5 failures per email and 20 per
// IP address per 15 minutes.
import type { TDb } from "@/lib/db/client";

export type TLimit = { key: string; max: number };

export async function isLimited(db: TDb, limits: TLimit[], now: Date): Promise<boolean> {
  const rows = await db.rateLimit.findMany({ where: { key: { in: limits.map((l) => l.key) } } });
  return limits.some((l) => {
    const row = rows.find((r) => r.key === l.key);
    return row !== undefined && row.resetAt > now && row.count >= l.max;
  });
}

export async function recordFailure(db: TDb, keys: string[], windowMs: number, now: Date) {
  const resetAt = new Date(now.getTime() + windowMs);
  for (const key of keys) {
    const row = await db.rateLimit.findUnique({ where: { key } });
    if (!row || row.resetAt <= now) {
      await db.rateLimit.upsert({ where: { key }, create: { key, count: 1, resetAt }, update: { count: 1, resetAt } });
    } else {
      await db.rateLimit.update({ where: { key }, data: { count: { increment: 1 } } });
    }
  }
}

export async function clearLimit(db: TDb, key: string) {
  await db.rateLimit.deleteMany({ where: { key } });
}
