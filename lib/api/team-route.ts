import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db";
import { findMembership, type TMembership } from "@/lib/teams/find-membership";
import type { TTeamRole } from "@/lib/teams/roles";
import { apiRoute, type TApiCtx } from "./api-route";

type Out<S> = S extends z.ZodType ? z.output<S> : undefined;

/**
 * apiRoute for /api/teams/[slug]/…: the caller's membership is resolved once,
 * by the same findMembership and role table (TEAM_ACTIONS) as
 * teamActionClient. Not a member → 404 team_not_found; below `minRole` → 403.
 */
export function teamRoute<BS extends z.ZodType | undefined = undefined, QS extends z.ZodType | undefined = undefined>(
  minRole: TTeamRole,
  options: { body?: BS; query?: QS },
  handler: (ctx: TApiCtx<Out<BS>, Out<QS>> & { membership: TMembership }) => Promise<Response | object>,
) {
  return apiRoute<BS, QS>(options, async (ctx) =>
    handler({ ...ctx, membership: await findMembership(db(), ctx.user.id, ctx.params.slug ?? "", minRole) }),
  );
}
