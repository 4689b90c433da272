"use server";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import { userActionClient } from "@/lib/actions/action-client";
import { ZNoInput } from "@/lib/auth/security-schemas";
import { optimizeUserWeights } from "./optimize-user";

/** "Optimize my schedule": fits FSRS weights to the signed-in user's own history. */
export const optimizeAction = userActionClient.formAction(ZNoInput, async (_input, { user }) => {
  const result = await optimizeUserWeights(db(), user.id);
  if (result.ok && result.saved) revalidatePath("/settings");
  return result;
});
