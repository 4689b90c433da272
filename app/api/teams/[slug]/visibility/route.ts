import { z } from "zod";
import { db } from "@/lib/db";
import { teamRoute } from "@/lib/api/team-route";
import { setHidden } from "@/lib/teams/manage-team";
import { TEAM_ACTIONS } from "@/lib/teams/roles";

const ZBody = z.object({ hidden: z.boolean({ error: "hidden must be true or false" }) });

export const POST = teamRoute(TEAM_ACTIONS.setVisibility, { body: ZBody }, async ({ user, body, membership }) => {
  await setHidden(db(), membership.team.id, user.id, body.hidden);
  return { hidden: body.hidden };
});
