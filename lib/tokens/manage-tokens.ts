// Personal API tokens: shown once at creation, stored only as a hash,
// revocable. Every function is scoped to the owning user.
import type { TDb } from "@/lib/db/client";
import { hashToken, newToken } from "./token-hash";

export async function createToken(db: TDb, userId: string, name: string) {
  const { token, prefix } = newToken();
  const row = await db.apiToken.create({ data: { userId, name, prefix, tokenHash: hashToken(token) }, select: { id: true } });
  return { id: row.id, token };
}

export const listTokens = (db: TDb, userId: string) =>
  db.apiToken.findMany({
    where: { userId, revokedAt: null },
    select: { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true },
    orderBy: { createdAt: "desc" },
  });

export async function revokeToken(db: TDb, userId: string, id: string, now: Date): Promise<boolean> {
  const r = await db.apiToken.updateMany({ where: { id, userId, revokedAt: null }, data: { revokedAt: now } });
  return r.count === 1;
}

/** The user a bearer token belongs to, or null for unknown or revoked tokens. */
export async function userForToken(db: TDb, token: string, now: Date) {
  const row = await db.apiToken.findUnique({ where: { tokenHash: hashToken(token) }, include: { user: true } });
  if (!row || row.revokedAt) return null;
  // Written at most once a minute: a busy integration should not turn every read into a write.
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > 60_000) {
    await db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: now } });
  }
  return row.user;
}
