import { z } from "zod";
import { db } from "@/lib/db";
import { teamRoute } from "@/lib/api/team-route";
import { getLeaderboard } from "@/lib/teams/get-leaderboard";
import { TEAM_ACTIONS } from "@/lib/teams/roles";
import { ZPeriod } from "@/lib/teams/schemas";

export const GET = teamRoute(
  TEAM_ACTIONS.view,
  { query: z.object({ period: ZPeriod.default("week") }) },
  async ({ user, query, membership, now }) => {
    const board = await getLeaderboard(db(), membership.team.id, user.id, query.period, now);
    return { period: board.period, from: board.from, to: board.to, rows: board.rows };
  },
);
