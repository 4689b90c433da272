import type { TDb } from "@/lib/db/client";
import { DomainError } from "@/lib/errors/domain-error";
import { hashPassword, verifyPassword } from "./password";
import { claimAttempt } from "./rate-limit";
import { throttleDelayMs } from "./throttle-delay";
import { taintSecret } from "@/lib/security/taint";
import { count } from "@/lib/ui/plural";

// Someone holding a stolen session must not get unlimited guesses at the
// current password: the same growing delay as sign-in, per user.
const FREE_ATTEMPTS = 5;
const WINDOW_MS = 15 * 60_000;

/**
 * Replaces the password when the current one is given, and ends every
 * session (the caller signs this browser in again). Accounts made through
 * GitHub have no current password and cannot set one here.
 */
export async function changePassword(db: TDb, userId: string, current: string, next: string, now: Date) {
  const claim = await claimAttempt(
    db,
    `password:user:${userId}`,
    {
      windowMs: WINDOW_MS,
      delayMs: (n) => throttleDelayMs(n, FREE_ATTEMPTS, WINDOW_MS),
    },
    now,
  );
  if (!claim.ok)
    throw new DomainError(
      "rate_limited",
      `Too many attempts. Wait ${count(Math.ceil(claim.retryAfterMs / 1000), "second")}, then try again.`,
    );
  const row = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, passwordHash: true } });
  taintSecret("A password hash must never reach the browser.", row, row.passwordHash);
  if (!row.passwordHash)
    throw new DomainError("forbidden", "This account signs in with GitHub; it has no password to change.");
  if (!(await verifyPassword(row.passwordHash, current))) {
    throw new DomainError("invalid", "That is not your current password.", {
      fields: { currentPassword: ["That is not your current password."] },
    });
  }
  const passwordHash = await hashPassword(next);
  await db.user.update({
    where: { id: userId },
    data: { passwordHash, sessionVersion: { increment: 1 } },
    select: { id: true },
  });
  await db.rateLimit.deleteMany({ where: { key: `password:user:${userId}` } });
  return { email: row.email };
}
