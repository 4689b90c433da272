import type { TDb } from "@/lib/db/client";
import { ZSignIn } from "@/lib/users/schemas";
import { verifyPassword } from "./password";
import { dummyPasswordHash } from "./dummy-password-hash";
import { claimAll, clearLimit, releaseAttempt, type TPolicy } from "./rate-limit";
import { throttleDelayMs } from "./throttle-delay";
import { taintSecret } from "@/lib/security/taint";

/** perEmail: attempts per e-mail *from one address*; perIp: per address over all e-mails; both free before the delay grows. */
export type TSignInLimits = { perEmail: number; perIp: number; windowMs: number };
export type TAuthorizeResult =
  | { ok: true; user: { id: string; email: string; name: string; sessionVersion: number } }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "rate_limited"; retryAfterMs: number };

const policy = (free: number, windowMs: number): TPolicy => ({
  windowMs,
  delayMs: (n) => throttleDelayMs(n, free, windowMs),
});

/**
 * Checks an e-mail/password pair. Attempts are counted per e-mail *and*
 * address, and per address: a stranger's failures slow down only the
 * stranger's own address, so the owner signing in from elsewhere always gets
 * through. Unknown e-mails are verified against a dummy hash (same cost).
 */
export async function authorizeCredentials(
  db: TDb,
  raw: unknown,
  ip: string,
  limits: TSignInLimits,
  now: Date,
): Promise<TAuthorizeResult> {
  const parsed = ZSignIn.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { email, password } = parsed.data;
  const pairKey = `signin:pair:${ip}|${email}`;
  const ipKey = `signin:ip:${ip}`;
  const claim = await claimAll(
    db,
    [
      { key: pairKey, policy: policy(limits.perEmail, limits.windowMs) },
      { key: ipKey, policy: policy(limits.perIp, limits.windowMs) },
    ],
    now,
  );
  if (!claim.ok) return { ok: false, reason: "rate_limited", retryAfterMs: claim.retryAfterMs };
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, passwordHash: true, sessionVersion: true },
  });
  taintSecret("A password hash must never reach the browser.", user ?? {}, user?.passwordHash);
  const valid = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
  if (!user?.passwordHash || !valid) return { ok: false, reason: "invalid" };
  await clearLimit(db, pairKey);
  await releaseAttempt(db, ipKey);
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion } };
}
