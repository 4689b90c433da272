"use server";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import { requireUser } from "@/lib/auth/session";
import { optimizeUserWeights, type TOptimizeResult } from "./optimize-user";

export type TOptimizeState = { result?: TOptimizeResult };

/** "Optimize my schedule": fits FSRS weights to the signed-in user's own history. */
export async function optimizeAction(): Promise<TOptimizeState> {
  const user = await requireUser();
  const result = await optimizeUserWeights(db(), user.id);
  if (result.ok && result.saved) revalidatePath("/settings");
  return { result };
}
