// Personal API tokens: shown once at creation, stored only as a hash,
// revocable. Every token query goes through owned() (lib/db/owned.ts) except the
// lookup by hash (read-token-user.ts): that is how the owner is found.
import type { TDb } from "@/lib/db/client";
import { readTokenUser } from "./read-token-user";
import { LRUCache } from "lru-cache";
import { hashToken, newToken } from "./token-hash";
import { owned } from "@/lib/db/owned";

export async function createToken(db: TDb, userId: string, name: string) {
  const { token, prefix } = newToken();
  const row = await owned(db, userId).apiToken.create({
    data: { userId, name, prefix, tokenHash: hashToken(token) },
    select: { id: true },
  });
  return { id: row.id, token };
}

export const listTokens = (db: TDb, userId: string) =>
  owned(db, userId).apiToken.findMany({
    where: { revokedAt: null },
    select: { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true },
    orderBy: { createdAt: "desc" },
  });

export async function revokeToken(db: TDb, userId: string, id: string, now: Date): Promise<boolean> {
  const r = await owned(db, userId).apiToken.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: now } });
  return r.count === 1;
}

// When this process last stamped a token's lastUsedAt (by hash): the check then costs
// no query, and each process writes a busy token at most once a minute.
const STAMP_EVERY_MS = 60_000;
const stamped = new LRUCache<string, number>({ max: 10_000 });

/** The user a bearer token belongs to, or null for unknown or revoked tokens (one query). */
export async function userForToken(db: TDb, token: string, now: Date) {
  const tokenHash = hashToken(token);
  const user = await readTokenUser(db, tokenHash);
  if (!user) return null;
  if (now.getTime() - (stamped.get(tokenHash) ?? Number.NEGATIVE_INFINITY) > STAMP_EVERY_MS) {
    stamped.set(tokenHash, now.getTime());
    const stale = new Date(now.getTime() - STAMP_EVERY_MS);
    await owned(db, user.id).apiToken.updateMany({
      where: { tokenHash, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: stale } }] },
      data: { lastUsedAt: now },
    });
  }
  return user;
}
