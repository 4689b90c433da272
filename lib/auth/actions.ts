"use server";
// Sign-up, sign-in and the session controls. Sign-in and sign-up are the only
// actions a signed-out visitor may call (publicActionClient); the rest need
// the session they act on (userActionClient).
import { AuthError, CredentialsSignin } from "next-auth";
import { z } from "zod";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { DomainError } from "@/lib/errors/domain-error";
import { userActionClient } from "@/lib/actions/action-client";
import { publicActionClient } from "@/lib/actions/public-action-client";
import { ZSignIn, ZSignUp } from "@/lib/users/schemas";
import { createUser, EmailTakenError } from "@/lib/users/create-user";
import { signIn, signOut } from "./auth";
import { safeCallbackUrl } from "./safe-callback-url";
import { claimSignUp } from "./sign-up-limit";
import { currentSession } from "./session";
import { endAllSessions, revokeSession } from "./end-sessions";
import { changePassword } from "./change-password";
import { ZChangePassword, ZNoInput } from "./security-schemas";
import { count } from "@/lib/ui/plural";

// Said for a taken e-mail: no "already exists". Without e-mail verification a
// failed sign-up cannot be made to look like a success, so it is worded as
// neither, and SIGNUP_MAX_PER_IP_HOUR bounds how many e-mails one address can
// probe (README, "Security model").
const SIGN_UP_REFUSED =
  "We could not create an account with these details. If you have signed up before, sign in instead.";

// The page a signed-out visitor was sent from (an invite link) survives sign-up, under sign-in's rules.
const ZSignUpForm = ZSignUp.extend({ callbackUrl: z.string().max(2000).optional() });

export const signUpAction = publicActionClient.formAction(
  ZSignUpForm,
  async ({ callbackUrl, ...input }, { ip, now }) => {
    await claimSignUp(db(), ip, env(), now);
    try {
      await createUser(db(), input);
    } catch (e) {
      if (e instanceof EmailTakenError) throw new DomainError("conflict", SIGN_UP_REFUSED);
      throw e;
    }
    await signIn("credentials", {
      email: input.email,
      password: input.password,
      redirectTo: safeCallbackUrl(callbackUrl),
    });
    return null;
  },
);

const ZSignInForm = ZSignIn.extend({ callbackUrl: z.string().max(2000).optional() });

export const signInAction = publicActionClient.formAction(ZSignInForm, async ({ email, password, callbackUrl }) => {
  try {
    await signIn("credentials", { email, password, redirectTo: safeCallbackUrl(callbackUrl) });
    return null;
  } catch (e) {
    // A successful signIn throws Next's redirect, which the client rethrows.
    if (!(e instanceof AuthError)) throw e;
    const code = e instanceof CredentialsSignin ? e.code : "";
    if (code.startsWith("rate_limited")) {
      const seconds = Number(code.split(":")[1]) || 60;
      throw new DomainError(
        "rate_limited",
        `Too many sign-in attempts from this network. Wait ${waitText(seconds)}, then try again.`,
      );
    }
    throw new DomainError("invalid", "Wrong email or password.");
  }
});

const waitText = (s: number) => (s < 90 ? count(s, "second") : count(Math.ceil(s / 60), "minute"));

/** Ends this session for good (its id is refused even if the cookie was copied), then clears the cookie. */
export async function signOutAction() {
  const session = await currentSession();
  if (session?.user?.id && session.sid) {
    await revokeSession(db(), session.user.id, session.sid, new Date(session.expires), new Date());
  }
  await signOut({ redirectTo: "/sign-in" });
}

const PASSWORD_CHANGED_URL = "/settings?security=password-changed";

export const changePasswordAction = userActionClient.formAction(ZChangePassword, async (input, { user, now }) => {
  const { email } = await changePassword(db(), user.id, input.currentPassword, input.newPassword, now);
  // Every session ended with the old password; this browser starts a new one
  // (the page must be reloaded with it: the old cookie no longer loads it).
  await signIn("credentials", { email, password: input.newPassword, redirectTo: PASSWORD_CHANGED_URL });
  return null;
});

export const signOutEverywhereAction = userActionClient.formAction(ZNoInput, async (_input, { user }) => {
  await endAllSessions(db(), user.id);
  await signOut({ redirectTo: "/sign-in" });
  return null;
});
