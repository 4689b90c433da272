import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import { auth } from "./auth";
import { db } from "@/lib/db";
import { SESSION_USER_SELECT } from "@/lib/users/session-user-select";
import { sessionWhere } from "./session-where";
import { taintRow } from "@/lib/security/taint";

/**
 * The signed-in user, loaded fresh from the database (a JWT can outlive its
 * account, its password, its sign-out), through a narrow select: never the
 * password hash. null when signed out or when the session was ended.
 */
export const currentUser = cache(async () => {
  const where = sessionWhere(await auth());
  const user = where ? await db().user.findFirst({ where, select: SESSION_USER_SELECT }) : null;
  taintRow("Pass a client component the user fields it shows, not the user row.", user);
  return user;
});

/** The raw session of the current request (its id and expiry), for ending it. */
export const currentSession = cache(() => auth());
export type TSessionUser = NonNullable<Awaited<ReturnType<typeof currentUser>>>;

/** Pages call this; it redirects the signed-out. Actions use lib/actions instead. */
export const requireUser = cache(async () => {
  const user = await currentUser();
  if (!user) redirect("/sign-in");
  return user;
});
