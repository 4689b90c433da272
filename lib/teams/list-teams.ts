import type { TDb } from "@/lib/db/client";
import type { TTeamRole } from "./roles";
import { MAX_TEAMS_PER_USER } from "./schemas";

/** The caller's teams: what the Teams page and GET /api/teams show. */
export async function listTeams(db: TDb, userId: string) {
  const rows = await db.membership.findMany({
    where: { userId },
    orderBy: { joinedAt: "asc" },
    take: MAX_TEAMS_PER_USER,
    select: {
      role: true,
      hidden: true,
      team: { select: { slug: true, name: true, _count: { select: { memberships: true } } } },
    },
  });
  return rows.map((r) => ({
    slug: r.team.slug,
    name: r.team.name,
    role: r.role as TTeamRole,
    hidden: r.hidden,
    members: r.team._count.memberships,
  }));
}
