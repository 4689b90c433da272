import type { TDb } from "@/lib/db/client";
import { hashPassword } from "@/lib/auth/password";
import type { TSignUp } from "./schemas";
import { ensureUserCards } from "@/lib/cards/create-cards";

export class EmailTakenError extends Error {
  constructor() {
    super("An account with this email already exists. Sign in instead?");
  }
}

/** Creates the account; the email must be unique (checked by the database, not a read-then-write race). */
export async function createUser(db: TDb, input: TSignUp) {
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { email: input.email, name: input.name, passwordHash, timezone: input.timezone },
        select: { id: true, email: true, name: true },
      });
      await ensureUserCards(tx, user.id, new Date());
      return user;
    });
  } catch (e) {
    if ((e as { code?: string }).code === "P2002") throw new EmailTakenError();
    throw e;
  }
}
