"use server";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import { userActionClient } from "@/lib/actions/action-client";
import { ZSettings } from "./settings-schema";

/** The schedule form (useActionState); a failure carries back what was typed (lib/actions). */
export const saveSettingsAction = userActionClient.formAction(ZSettings, async (input, { user, now }) => {
  await db().user.update({ where: { id: user.id }, data: input, select: { id: true } });
  revalidatePath("/", "layout");
  return { savedAt: now.getTime() };
});
