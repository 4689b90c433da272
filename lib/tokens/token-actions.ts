"use server";
import { z } from "zod";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import { userActionClient } from "@/lib/actions/action-client";
import { DomainError } from "@/lib/errors/domain-error";
import { createToken, revokeToken } from "./manage-tokens";

const ZCreateToken = z.object({
  name: z.string().trim().min(1, "Name the token (e.g. the script using it).").max(60, "60 characters at most."),
});
const ZRevokeToken = z.object({ id: z.string().min(1).max(64) });

/** The new token is in the result once, never again (only its hash is stored). */
export const createTokenAction = userActionClient.formAction(ZCreateToken, async ({ name }, { user }) => {
  const { token } = await createToken(db(), user.id, name);
  revalidatePath("/settings");
  return { token };
});

/** Another user's token id answers not_found, exactly like an unknown one. */
export const revokeTokenAction = userActionClient.formAction(ZRevokeToken, async ({ id }, { user, now }) => {
  if (!(await revokeToken(db(), user.id, id, now))) throw new DomainError("not_found", "No such token.");
  revalidatePath("/settings");
  return null;
});
