import { z } from "zod";
import { db } from "@/lib/db";
import { apiRoute } from "@/lib/api/api-route";
import { findMembership } from "@/lib/teams/find-membership";
import { getLeaderboard } from "@/lib/teams/get-leaderboard";
import { ZPeriod } from "@/lib/teams/schemas";

export const GET = apiRoute({ query: z.object({ period: ZPeriod.default("week") }) }, async ({ user, query, params, now }) => {
  const m = await findMembership(db(), user.id, params.slug ?? "");
  const board = await getLeaderboard(db(), m.team.id, user.id, query.period, now);
  return { period: board.period, from: board.from, to: board.to, rows: board.rows };
});
