import "server-only";
import { db } from "@/lib/db";
import { findMembership } from "@/lib/teams/find-membership";
import type { TTeamRole } from "@/lib/teams/roles";
import { DomainError } from "@/lib/errors/domain-error";
import { makeActionClient, type TUserCtx } from "./action-client";

export type { TTeamRole };
export type TTeamCtx = TUserCtx & { team: { id: string; slug: string; name: string }; role: TTeamRole };

/**
 * Team actions take `{ teamSlug, … }`; the membership is resolved once here.
 * Not a member → not_found (the team's existence is not confirmed); below `minRole` → forbidden.
 */
export function teamActionClient(minRole: TTeamRole) {
  return makeActionClient<TTeamCtx>(async (ctx, input) => {
    const slug = (input as { teamSlug?: unknown })?.teamSlug;
    if (typeof slug !== "string") throw new DomainError("invalid", "teamSlug is required.");
    const m = await findMembership(db(), ctx.user.id, slug, minRole);
    return { ...ctx, team: m.team, role: m.role };
  });
}
