// Changes to a team once the caller's membership and minimum role are known
// (findMembership / teamActionClient). Each checks the rule about the *other*
// member here, on the server: nobody acts above their rank.
import type { TDb } from "@/lib/db/client";
import { owned } from "@/lib/db/owned";
import { DomainError } from "@/lib/errors/domain-error";
import { newInviteCode } from "./invite-code";
import { canRemove, type TTeamRole } from "./roles";

type TActor = { teamId: string; userId: string; role: TTeamRole };

/** A new code at once (the old one stops working); optionally expiring after `expiresInDays`. */
export async function rotateInvite(db: TDb, teamId: string, now: Date, expiresInDays?: number) {
  const inviteExpiresAt = expiresInDays ? new Date(now.getTime() + expiresInDays * 86_400_000) : null;
  return db.team.update({
    where: { id: teamId },
    data: { inviteCode: newInviteCode(), inviteExpiresAt },
    select: { inviteCode: true, inviteExpiresAt: true },
  });
}

async function targetOf(db: TDb, teamId: string, userId: string) {
  const m = await db.membership.findUnique({
    where: { teamId_userId: { teamId, userId } },
    select: { id: true, role: true },
  });
  if (!m) throw new DomainError("not_found", "That person is not in this team.");
  return { id: m.id, role: m.role as TTeamRole };
}

export async function leaveTeam(db: TDb, a: TActor) {
  if (a.role === "owner") {
    throw new DomainError(
      "conflict",
      "You own this team: transfer ownership to another member or delete the team before leaving.",
    );
  }
  await db.$transaction([
    db.membership.deleteMany({ where: { teamId: a.teamId, userId: a.userId } }),
    owned(db, a.userId).card.updateMany({ where: { deck: { teamId: a.teamId } }, data: { retired: true } }),
  ]);
}

export async function removeMember(db: TDb, a: TActor, userId: string) {
  if (userId === a.userId) throw new DomainError("invalid", "Use Leave team to remove yourself.");
  const t = await targetOf(db, a.teamId, userId);
  if (!canRemove(a.role, t.role))
    throw new DomainError(
      "forbidden",
      t.role === "owner" ? "Nobody can remove the owner." : "Only the owner can remove an admin.",
    );
  // The team's decks leave the removed member's queue with them (README "Decks").
  await db.$transaction([
    db.membership.delete({ where: { id: t.id } }),
    owned(db, userId).card.updateMany({ where: { deck: { teamId: a.teamId } }, data: { retired: true } }),
  ]);
}

/** Promote a member to admin or demote an admin to member (owner only). */
export async function setRole(db: TDb, a: TActor, userId: string, role: "admin" | "member") {
  const t = await targetOf(db, a.teamId, userId);
  if (t.role === "owner") throw new DomainError("conflict", "The owner's role changes only by transferring ownership.");
  await db.membership.update({ where: { id: t.id }, data: { role } });
}

/** The new owner takes over; the old owner stays as an admin. One transaction: never zero or two owners. */
export async function transferOwnership(db: TDb, a: TActor, userId: string) {
  if (userId === a.userId) throw new DomainError("invalid", "You own this team already.");
  const t = await targetOf(db, a.teamId, userId);
  await db.$transaction([
    db.membership.update({ where: { id: t.id }, data: { role: "owner" } }),
    db.membership.updateMany({ where: { teamId: a.teamId, userId: a.userId, role: "owner" }, data: { role: "admin" } }),
  ]);
}

export async function deleteTeam(db: TDb, teamId: string) {
  await db.team.delete({ where: { id: teamId } });
}

/** Opt out of (hidden) or back into this team's boards. */
export async function setHidden(db: TDb, teamId: string, userId: string, hidden: boolean) {
  await db.membership.update({ where: { teamId_userId: { teamId, userId } }, data: { hidden } });
}
