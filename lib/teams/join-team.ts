import type { TDb } from "@/lib/db/client";
import { DomainError } from "@/lib/errors/domain-error";
import type { TTeamRole } from "./roles";
import { MAX_TEAMS_PER_USER } from "./schemas";
import { ensureUserCards } from "@/lib/cards/create-cards";
import { reviveTeamCards } from "@/lib/decks/team-access";
import { lockTeam, lockUser } from "@/lib/db/lock-row";
import { count } from "@/lib/ui/plural";

export const INVITE_GONE = "This invite link no longer works — ask for a new one.";

/** The team an invite code opens now, or null (unknown, rotated or expired: all look the same). */
export async function findInvite(db: TDb, code: string, now: Date) {
  const team = await db.team.findUnique({
    where: { inviteCode: code },
    select: { id: true, slug: true, name: true, inviteExpiresAt: true },
  });
  if (!team || (team.inviteExpiresAt && team.inviteExpiresAt <= now)) return null;
  return { id: team.id, slug: team.slug, name: team.name };
}

/**
 * Joins with a code. Already a member → the existing membership (never a
 * second one). A full team is refused; the count and the insert share a
 * transaction that holds the user's and the team's row locks (lib/db/lock-row).
 */
export async function joinTeam(
  db: TDb,
  userId: string,
  code: string,
  now: Date,
  maxMembers: number,
): Promise<{ slug: string; role: TTeamRole; joined: boolean }> {
  const team = await findInvite(db, code, now);
  if (!team) throw new DomainError("not_found", INVITE_GONE, { apiCode: "invite_invalid" });
  return db.$transaction(
    async (tx) => {
      // The user first, then the team: every join locks in that order, so two never wait on each other.
      await lockUser(tx, userId);
      await lockTeam(tx, team.id);
      const existing = await tx.membership.findUnique({
        where: { teamId_userId: { teamId: team.id, userId } },
        select: { role: true },
      });
      if (existing) return { slug: team.slug, role: existing.role as TTeamRole, joined: false };
      if ((await tx.membership.count({ where: { teamId: team.id } })) >= maxMembers) {
        throw new DomainError("conflict", `This team is full (${count(maxMembers, "member")}).`);
      }
      if ((await tx.membership.count({ where: { userId } })) >= MAX_TEAMS_PER_USER) {
        throw new DomainError("conflict", `You are in ${MAX_TEAMS_PER_USER} teams already; leave one first.`);
      }
      try {
        await tx.membership.create({ data: { teamId: team.id, userId, role: "member" }, select: { id: true } });
      } catch (e) {
        // A concurrent join of the same user won the unique (teamId, userId).
        if ((e as { code?: string }).code !== "P2002") throw e;
      }
      // Members study the team's decks: their cards exist from the first day (and come back on a rejoin).
      await reviveTeamCards(tx, team.id, userId);
      await ensureUserCards(tx, userId, now);
      return { slug: team.slug, role: "member" as const, joined: true };
    },
    { maxWait: 10_000, timeout: 10_000 },
  );
}
