import { z } from "zod";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { apiRoute } from "@/lib/api/api-route";
import { joinTeam } from "@/lib/teams/join-team";
import { ZInviteCode } from "@/lib/teams/schemas";

export const POST = apiRoute({ body: z.object({ code: ZInviteCode }) }, async ({ user, body, now }) => {
  const { slug, role } = await joinTeam(db(), user.id, body.code, now, env().TEAM_MAX_MEMBERS);
  return { slug, role };
});
