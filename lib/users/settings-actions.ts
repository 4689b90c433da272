"use server";
import { z } from "zod";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import { requireUser } from "@/lib/auth/session";
import { ZSettings } from "./settings-schema";

export type TSettingsState = { errors?: Record<string, string[] | undefined>; message?: string; savedAt?: number };

export async function saveSettingsAction(_prev: TSettingsState, form: FormData): Promise<TSettingsState> {
  const user = await requireUser();
  const parsed = ZSettings.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { errors: z.flattenError(parsed.error).fieldErrors, message: "Some settings need fixing." };
  await db().user.update({ where: { id: user.id }, data: parsed.data });
  revalidatePath("/", "layout");
  return { message: "Settings saved.", savedAt: Date.now() };
}
