"use server";
import { z } from "zod";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import { requireUser } from "@/lib/auth/session";
import { createToken, revokeToken } from "./manage-tokens";

export type TTokenState = { token?: string; error?: string };

export async function createTokenAction(_prev: TTokenState, form: FormData): Promise<TTokenState> {
  const user = await requireUser();
  const name = z.string().trim().min(1, "Name the token (e.g. the script using it).").max(60).safeParse(form.get("name"));
  if (!name.success) return { error: name.error.issues[0]?.message };
  const { token } = await createToken(db(), user.id, name.data);
  revalidatePath("/settings");
  return { token };
}

export async function revokeTokenAction(form: FormData) {
  const user = await requireUser();
  await revokeToken(db(), user.id, String(form.get("id") ?? ""), new Date());
  revalidatePath("/settings");
}
