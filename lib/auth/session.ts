import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import { auth } from "./auth";
import { db } from "@/lib/db";
import { SESSION_USER_SELECT } from "@/lib/users/session-user-select";

/**
 * The signed-in user, loaded fresh from the database (a JWT can outlive its
 * account), through a narrow select: never the password hash. null when signed out.
 */
export const currentUser = cache(async () => {
  const session = await auth();
  const id = session?.user?.id;
  return id ? db().user.findUnique({ where: { id }, select: SESSION_USER_SELECT }) : null;
});
export type TSessionUser = NonNullable<Awaited<ReturnType<typeof currentUser>>>;

/** Pages call this; it redirects the signed-out. Actions use lib/actions instead. */
export const requireUser = cache(async () => {
  const user = await currentUser();
  if (!user) redirect("/sign-in");
  return user;
});
