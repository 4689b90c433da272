import { z } from "zod";
import { db } from "@/lib/db";
import { apiRoute } from "@/lib/api/api-route";
import { apiJson } from "@/lib/api/json-response";
import { createTeam } from "@/lib/teams/create-team";
import { listTeams } from "@/lib/teams/list-teams";
import { ZTeamName } from "@/lib/teams/schemas";

export const GET = apiRoute({}, async ({ user }) => ({ teams: await listTeams(db(), user.id) }));

export const POST = apiRoute({ body: z.object({ name: ZTeamName }) }, async ({ user, body }) =>
  apiJson(await createTeam(db(), user.id, body.name), 201),
);
