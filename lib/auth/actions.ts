"use server";
// Form actions for the sign-up / sign-in pages: validate with zod, return
// field errors to useActionState, never store anything on bad input.
import { z } from "zod";
import { AuthError, CredentialsSignin } from "next-auth";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { ZSignIn, ZSignUp } from "@/lib/users/schemas";
import { createUser, EmailTakenError } from "@/lib/users/create-user";
import { signIn, signOut } from "./auth";
import { safeCallbackUrl } from "./safe-callback-url";

export type TAuthFormState = {
  errors?: Partial<Record<"name" | "email" | "password", string[]>>;
  message?: string;
  values?: { name?: string; email?: string };
};

const valuesOf = (f: FormData) => ({ name: String(f.get("name") ?? ""), email: String(f.get("email") ?? "") });

export async function signUpAction(_prev: TAuthFormState, form: FormData): Promise<TAuthFormState> {
  const parsed = ZSignUp.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { errors: z.flattenError(parsed.error).fieldErrors, values: valuesOf(form) };
  try {
    await createUser(db(), parsed.data);
  } catch (e) {
    if (e instanceof EmailTakenError) return { errors: { email: [e.message] }, values: valuesOf(form) };
    throw e;
  }
  await signIn("credentials", { email: parsed.data.email, password: parsed.data.password, redirectTo: "/today" });
  return {};
}

export async function signInAction(_prev: TAuthFormState, form: FormData): Promise<TAuthFormState> {
  const parsed = ZSignIn.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { errors: z.flattenError(parsed.error).fieldErrors, values: valuesOf(form) };
  try {
    await signIn("credentials", { ...parsed.data, redirectTo: safeCallbackUrl(form.get("callbackUrl")) });
    return {};
  } catch (e) {
    // A successful signIn throws Next's redirect, which must propagate.
    if (!(e instanceof AuthError)) throw e;
    const limited = e instanceof CredentialsSignin && e.code === "rate_limited";
    const minutes = env().SIGNIN_WINDOW_MINUTES;
    return {
      message: limited
        ? `Too many failed sign-ins for this account or network. Wait ${minutes} minutes, then try again.`
        : "Wrong email or password.",
      values: valuesOf(form),
    };
  }
}

export async function signOutAction() {
  await signOut({ redirectTo: "/sign-in" });
}
