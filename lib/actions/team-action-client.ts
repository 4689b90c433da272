import "server-only";
import { db } from "@/lib/db";
import { ActionError } from "./action-result";
import { makeActionClient, type TUserCtx } from "./action-client";

export type TTeamRole = "owner" | "admin" | "member";
const RANK: Record<TTeamRole, number> = { member: 0, admin: 1, owner: 2 };
export type TTeamCtx = TUserCtx & { team: { id: string; slug: string; name: string }; role: TTeamRole };

/**
 * Team actions take `{ teamSlug, … }`; the membership is resolved once here.
 * Not a member → not_found (the team's existence is not confirmed); below `minRole` → forbidden.
 */
export function teamActionClient(minRole: TTeamRole) {
  return makeActionClient<TTeamCtx>(async (ctx, input) => {
    const slug = (input as { teamSlug?: unknown })?.teamSlug;
    if (typeof slug !== "string") throw new ActionError("invalid", "teamSlug is required.");
    const m = await db().membership.findFirst({
      where: { userId: ctx.user.id, team: { slug } },
      select: { role: true, team: { select: { id: true, slug: true, name: true } } },
    });
    if (!m) throw new ActionError("not_found", "No such team.");
    const role = m.role as TTeamRole;
    if (RANK[role] < RANK[minRole]) throw new ActionError("forbidden", `Only a team ${minRole} can do that.`);
    return { ...ctx, team: m.team, role };
  });
}
