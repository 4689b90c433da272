import type { TDb } from "@/lib/db/client";
import { DomainError } from "@/lib/errors/domain-error";
import { atLeast, type TTeamRole } from "./roles";

export type TTeamRef = { id: string; slug: string; name: string };
export type TMembership = { team: TTeamRef; role: TTeamRole; hidden: boolean };

const NO_TEAM = "No such team.";

/**
 * The caller's membership of the team with this slug. Not a member → not_found
 * (whether the team exists is not confirmed); below `minRole` → forbidden.
 */
export async function findMembership(
  db: TDb,
  userId: string,
  slug: string,
  minRole: TTeamRole = "member",
): Promise<TMembership> {
  const m = await db.membership.findFirst({
    where: { userId, team: { slug } },
    select: { role: true, hidden: true, team: { select: { id: true, slug: true, name: true } } },
  });
  if (!m) throw new DomainError("not_found", NO_TEAM, { apiCode: "team_not_found" });
  const role = m.role as TTeamRole;
  if (!atLeast(role, minRole))
    throw new DomainError("forbidden", `Only a team ${minRole === "admin" ? "admin or owner" : minRole} can do that.`);
  return { team: m.team, role, hidden: m.hidden };
}
