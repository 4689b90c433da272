import type { TDb } from "@/lib/db/client";
import type { TEnv } from "@/lib/env";
import { DomainError } from "@/lib/errors/domain-error";
import { claimAttempt, type TPolicy } from "./rate-limit";
import { count } from "@/lib/ui/plural";

const HOUR_MS = 60 * 60_000;
// `max` sign-ups in the hour, then none until an hour after the last one.
const hourly = (max: number): TPolicy => ({ windowMs: HOUR_MS, delayMs: (n) => (n >= max ? HOUR_MS : 0) });

/**
 * Counts a sign-up against its address before any work is done. Per address
 * only: a site-wide cap would let one attacker close sign-up for everyone.
 */
export async function claimSignUp(db: TDb, ip: string, e: Pick<TEnv, "SIGNUP_MAX_PER_IP_HOUR">, now: Date) {
  const r = await claimAttempt(db, `signup:ip:${ip}`, hourly(e.SIGNUP_MAX_PER_IP_HOUR), now);
  if (!r.ok) {
    throw new DomainError(
      "rate_limited",
      `Too many new accounts from this network. Try again in ${count(Math.ceil(r.retryAfterMs / 60_000), "minute")}.`,
    );
  }
}
