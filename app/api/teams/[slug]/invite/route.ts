import { z } from "zod";
import { db } from "@/lib/db";
import { apiRoute } from "@/lib/api/api-route";
import { findMembership } from "@/lib/teams/find-membership";
import { rotateInvite } from "@/lib/teams/manage-team";
import { ZExpiresInDays } from "@/lib/teams/schemas";

const ZBody = z.object({
  rotate: z.literal(true, { error: "rotate must be true" }),
  expiresInDays: ZExpiresInDays.optional(),
});

export const POST = apiRoute({ body: ZBody }, async ({ user, body, params, now }) => {
  const m = await findMembership(db(), user.id, params.slug ?? "", "admin");
  const { inviteCode, inviteExpiresAt } = await rotateInvite(db(), m.team.id, now, body.expiresInDays);
  return { inviteCode, expiresAt: inviteExpiresAt?.toISOString() ?? null };
});
