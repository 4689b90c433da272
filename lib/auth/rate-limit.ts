// Attempt counters in the database, so every app instance shares them. Each
// attempt is claimed *before* the work it guards (a password check, a
// sign-up) by compare-and-swap on the row, so parallel requests can never
// all read "under the limit" and all pass.
import type { TDb } from "@/lib/db/client";

export type TPolicy = {
  /** A count is forgotten this long after its last attempt. */
  windowMs: number;
  /** The wait after the n-th attempt in the window (0: the next may follow at once). */
  delayMs: (count: number) => number;
};
export type TClaim = { ok: true } | { ok: false; retryAfterMs: number };

// Losing the swap this many times in a row means heavy parallel traffic on
// one key: refusing then is the right answer, and it bounds the loop.
const TRIES = 4;

export async function claimAttempt(db: TDb, key: string, policy: TPolicy, now: Date): Promise<TClaim> {
  for (let i = 0; i < TRIES; i++) {
    const row = await db.rateLimit.findUnique({ where: { key } });
    const live = row && row.resetAt > now ? row.count : 0;
    if (row && live > 0 && row.nextAt && row.nextAt > now)
      return { ok: false, retryAfterMs: row.nextAt.getTime() - now.getTime() };
    const count = live + 1;
    const data = {
      count,
      resetAt: new Date(now.getTime() + policy.windowMs),
      nextAt: new Date(now.getTime() + policy.delayMs(count)),
    };
    if (!row) {
      try {
        await db.rateLimit.create({ data: { key, ...data } });
        return { ok: true };
      } catch (e) {
        if ((e as { code?: string }).code === "P2002") continue; // another request created it first
        throw e;
      }
    }
    const swapped = await db.rateLimit.updateMany({ where: { key, count: row.count, resetAt: row.resetAt }, data });
    if (swapped.count === 1) return { ok: true };
  }
  return { ok: false, retryAfterMs: 1000 };
}

/** Claims every key in order; stops at the first refusal. */
export async function claimAll(db: TDb, claims: { key: string; policy: TPolicy }[], now: Date): Promise<TClaim> {
  for (const c of claims) {
    const r = await claimAttempt(db, c.key, c.policy, now);
    if (!r.ok) return r;
  }
  return { ok: true };
}

/** Forgets a key (a successful sign-in clears its e-mail+address count). */
export async function clearLimit(db: TDb, key: string) {
  await db.rateLimit.deleteMany({ where: { key } });
}

/** Gives one attempt back (a success should not count against its address). */
export async function releaseAttempt(db: TDb, key: string) {
  await db.rateLimit.updateMany({ where: { key, count: { gt: 0 } }, data: { count: { decrement: 1 } } });
}
