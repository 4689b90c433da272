import type { TDb } from "@/lib/db/client";
import { verifyPassword } from "./password";

/** Re-checks the signed-in user's password (before deleting the account); the hash never leaves this function. */
export async function checkPassword(db: TDb, userId: string, password: string): Promise<boolean> {
  const row = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  return verifyPassword(row?.passwordHash ?? null, password);
}
