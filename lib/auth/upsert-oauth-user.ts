import type { TDb } from "@/lib/db/client";
import { ensureUserCards } from "@/lib/cards/create-cards";

/** GitHub sign-ins attach to the account with the same (verified) email, or create one. */
export async function upsertOAuthUser(
  db: TDb,
  p: { email: string; name: string },
): Promise<{ id: string; sessionVersion: number }> {
  const email = p.email.trim().toLowerCase();
  const user = await db.user.upsert({
    where: { email },
    create: { email, name: p.name.slice(0, 80) },
    update: {},
    select: { id: true, sessionVersion: true },
  });
  await ensureUserCards(db, user.id, new Date());
  return user;
}
