import "server-only";
import { auth } from "@/lib/auth/auth";
import { db } from "@/lib/db";
import { userForToken } from "@/lib/tokens/manage-tokens";
import { REVIEW_USER_SELECT } from "@/lib/users/review-user-select";

/** The API caller: a personal token (Authorization: Bearer dh_…) or the session cookie. */
export async function authenticate(request: Request) {
  const header = request.headers.get("authorization");
  if (header?.toLowerCase().startsWith("bearer ")) return userForToken(db(), header.slice(7).trim(), new Date());
  const session = await auth();
  return session?.user?.id ? db().user.findUnique({ where: { id: session.user.id }, select: REVIEW_USER_SELECT }) : null;
}
