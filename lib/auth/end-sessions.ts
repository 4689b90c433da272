import type { TDb } from "@/lib/db/client";

/**
 * "Sign out" for one session: its id is refused from now on, so a copy of the
 * cookie stops working too. Rows are kept only until the session would have
 * expired anyway; the user's expired ones are pruned here, so the table
 * stays as small as the number of live signed-out sessions.
 */
export async function revokeSession(db: TDb, userId: string, sid: string, expiresAt: Date, now: Date) {
  await db.revokedSession.deleteMany({ where: { userId, expiresAt: { lte: now } } });
  await db.revokedSession.upsert({ where: { sid }, create: { sid, userId, expiresAt }, update: {} });
}

/** "Sign out everywhere" (and every password change): every session issued before ends. */
export async function endAllSessions(db: TDb, userId: string) {
  await db.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } }, select: { id: true } });
}
