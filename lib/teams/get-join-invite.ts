import "server-only";
import { db } from "@/lib/db";
import { findInvite } from "./join-team";
import { ZInviteCode } from "./schemas";

/** The team a live invite code opens and whether the user is in it already; null for a malformed, unknown or expired code. */
export async function getJoinInvite(userId: string, rawCode: string, now: Date) {
  const parsed = ZInviteCode.safeParse(rawCode);
  const team = parsed.success ? await findInvite(db(), parsed.data, now) : null;
  if (!team || !parsed.success) return null;
  const member = await db().membership.findUnique({
    where: { teamId_userId: { teamId: team.id, userId } },
    select: { id: true },
  });
  return { team, code: parsed.data, member: member !== null };
}
