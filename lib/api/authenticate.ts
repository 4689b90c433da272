import "server-only";
import { auth } from "@/lib/auth/auth";
import { db } from "@/lib/db";
import { userForToken } from "@/lib/tokens/manage-tokens";
import { sessionWhere } from "@/lib/auth/session-where";
import { REVIEW_USER_SELECT } from "@/lib/users/review-user-select";
import { noteUser } from "@/lib/server/request-context";

/** The API caller: a personal token (Authorization: Bearer dh_…) or the session cookie. */
export async function authenticate(request: Request) {
  const user = await findCaller(request);
  noteUser(user?.id);
  return user;
}

async function findCaller(request: Request) {
  const header = request.headers.get("authorization");
  if (header?.toLowerCase().startsWith("bearer ")) return userForToken(db(), header.slice(7).trim(), new Date());
  const where = sessionWhere(await auth());
  return where ? db().user.findFirst({ where, select: REVIEW_USER_SELECT }) : null;
}
