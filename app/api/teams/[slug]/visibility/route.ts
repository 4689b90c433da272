import { z } from "zod";
import { db } from "@/lib/db";
import { apiRoute } from "@/lib/api/api-route";
import { findMembership } from "@/lib/teams/find-membership";
import { setHidden } from "@/lib/teams/manage-team";

export const POST = apiRoute({ body: z.object({ hidden: z.boolean({ error: "hidden must be true or false" }) }) }, async ({ user, body, params }) => {
  const m = await findMembership(db(), user.id, params.slug ?? "");
  await setHidden(db(), m.team.id, user.id, body.hidden);
  return { hidden: body.hidden };
});
