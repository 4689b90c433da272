"use server";
// Delete my account: the password is asked again, then everything goes and
// the session ends. Wrong passwords are throttled like sign-in failures.
import { z } from "zod";
import { userActionClient } from "@/lib/actions/action-client";
import { DomainError } from "@/lib/errors/domain-error";
import { signOut } from "@/lib/auth/auth";
import { checkPassword } from "@/lib/auth/check-password";
import { claimAttempt, clearLimit } from "@/lib/auth/rate-limit";
import { throttleDelayMs } from "@/lib/auth/throttle-delay";
import { db } from "@/lib/db";
import { deleteAccount } from "./delete-account";
import { count } from "@/lib/ui/plural";

const FREE_ATTEMPTS = 5;
const WINDOW_MS = 15 * 60_000;
const ZDelete = z.object({ password: z.string().min(1, "Enter your password.").max(200) });

export const deleteAccountAction = userActionClient.formAction(ZDelete, async ({ password }, { user, now }) => {
  // Claimed before the check (atomic, as for sign-in): parallel guesses cannot all pass.
  const key = `delete:user:${user.id}`;
  const claim = await claimAttempt(
    db(),
    key,
    { windowMs: WINDOW_MS, delayMs: (n) => throttleDelayMs(n, FREE_ATTEMPTS, WINDOW_MS) },
    now,
  );
  if (!claim.ok)
    throw new DomainError(
      "rate_limited",
      `Too many wrong passwords. Wait ${count(Math.ceil(claim.retryAfterMs / 1000), "second")}, then try again.`,
    );
  if (!(await checkPassword(db(), user.id, password))) {
    throw new DomainError("invalid", "Wrong password: nothing was deleted.", {
      fields: { password: ["Wrong password."] },
    });
  }
  await clearLimit(db(), key);
  await deleteAccount(db(), user.id);
  await signOut({ redirectTo: "/sign-in?deleted=1" });
  return null;
});
