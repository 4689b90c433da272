"use server";
// Delete my account: the password is asked again, then everything goes and
// the session ends. Wrong passwords are throttled like sign-in failures.
import { z } from "zod";
import { ActionError, userActionClient } from "@/lib/actions/action-client";
import { signOut } from "@/lib/auth/auth";
import { checkPassword } from "@/lib/auth/check-password";
import { isLimited, recordFailure } from "@/lib/auth/rate-limit";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { deleteAccount } from "./delete-account";

const ZDelete = z.object({ password: z.string().min(1, "Enter your password.").max(200) });

export const deleteAccountAction = userActionClient.formAction(ZDelete, async ({ password }, { user, now }) => {
  const key = `delete:user:${user.id}`;
  const windowMs = env().SIGNIN_WINDOW_MINUTES * 60_000;
  if (await isLimited(db(), [{ key, max: env().SIGNIN_MAX_PER_EMAIL }], now)) {
    throw new ActionError("rate_limited", `Too many wrong passwords. Wait ${env().SIGNIN_WINDOW_MINUTES} minutes, then try again.`);
  }
  if (!(await checkPassword(db(), user.id, password))) {
    await recordFailure(db(), [key], windowMs, now);
    throw new ActionError("invalid", "Wrong password: nothing was deleted.", { password: ["Wrong password."] });
  }
  await deleteAccount(db(), user.id);
  await signOut({ redirectTo: "/sign-in?deleted=1" });
  return null;
});
