import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import { auth } from "./auth";
import { db } from "@/lib/db";

/**
 * The signed-in user, loaded fresh from the database (a JWT can outlive its
 * account). Pages and actions call this; it redirects the signed-out.
 */
export const requireUser = cache(async () => {
  const session = await auth();
  const id = session?.user?.id;
  const user = id ? await db().user.findUnique({ where: { id } }) : null;
  if (!user) redirect("/sign-in");
  return user;
});
