import { z } from "zod";
import { db } from "@/lib/db";
import { teamRoute } from "@/lib/api/team-route";
import { rotateInvite } from "@/lib/teams/manage-team";
import { TEAM_ACTIONS } from "@/lib/teams/roles";
import { ZExpiresInDays } from "@/lib/teams/schemas";

const ZBody = z.object({
  rotate: z.literal(true, { error: "rotate must be true" }),
  expiresInDays: ZExpiresInDays.optional(),
});

export const POST = teamRoute(TEAM_ACTIONS.invite, { body: ZBody }, async ({ membership, body, now }) => {
  const { inviteCode, inviteExpiresAt } = await rotateInvite(db(), membership.team.id, now, body.expiresInDays);
  return { inviteCode, expiresAt: inviteExpiresAt?.toISOString() ?? null };
});
