import type { TDb } from "@/lib/db/client";
import { ZSignIn } from "@/lib/users/schemas";
import { verifyPassword } from "./password";
import { clearLimit, isLimited, recordFailure } from "./rate-limit";

export type TSignInLimits = { perEmail: number; perIp: number; windowMs: number };
export type TAuthorizeResult =
  | { ok: true; user: { id: string; email: string; name: string } }
  | { ok: false; reason: "invalid" | "rate_limited" };

/** Checks an email/password pair, throttling repeated failures per email and per IP. */
export async function authorizeCredentials(
  db: TDb, raw: unknown, ip: string, limits: TSignInLimits, now: Date,
): Promise<TAuthorizeResult> {
  const parsed = ZSignIn.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { email, password } = parsed.data;
  const emailKey = `signin:email:${email}`;
  const ipKey = `signin:ip:${ip}`;
  const keys = [{ key: emailKey, max: limits.perEmail }, { key: ipKey, max: limits.perIp }];
  if (await isLimited(db, keys, now)) return { ok: false, reason: "rate_limited" };
  const user = await db.user.findUnique({ where: { email }, select: { id: true, email: true, name: true, passwordHash: true } });
  if (!user || !(await verifyPassword(user.passwordHash, password))) {
    await recordFailure(db, [emailKey, ipKey], limits.windowMs, now);
    return { ok: false, reason: "invalid" };
  }
  await clearLimit(db, emailKey);
  return { ok: true, user: { id: user.id, email: user.email, name: user.name } };
}
