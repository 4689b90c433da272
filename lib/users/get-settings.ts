import "server-only";
import { db } from "@/lib/db";
import { owned } from "@/lib/db/owned";
import { listTokens } from "@/lib/tokens/manage-tokens";

/** What /settings reads beyond the session user: tokens, review count, and whether a password is set (never the hash). */
export async function getSettings(userId: string) {
  const [tokens, reviewCount, withPassword] = await Promise.all([
    listTokens(db(), userId),
    owned(db(), userId).reviewLog.count({ where: { undone: false } }),
    db().user.count({ where: { id: userId, passwordHash: { not: null } } }),
  ]);
  return { tokens, reviewCount, hasPassword: withPassword > 0 };
}
