import type { TDb } from "@/lib/db/client";
import { DomainError } from "@/lib/errors/domain-error";
import { slugify } from "@/lib/content/slugify";
import { newInviteCode, newTeamSlug } from "./invite-code";
import { MAX_TEAMS_PER_USER } from "./schemas";
import { lockUser } from "@/lib/db/lock-row";

export type TCreatedTeam = { slug: string; name: string; inviteCode: string; role: "owner" };

/** A new team with the creator as its owner (one transaction: no team without an owner). */
export async function createTeam(db: TDb, userId: string, name: string): Promise<TCreatedTeam> {
  // The count and the insert hold the user's row lock, as joinTeam does: parallel creates cannot all pass the cap.
  const team = await db.$transaction(
    async (tx) => {
      await lockUser(tx, userId);
      if ((await tx.membership.count({ where: { userId } })) >= MAX_TEAMS_PER_USER) {
        throw new DomainError("conflict", `You are in ${MAX_TEAMS_PER_USER} teams already; leave one first.`);
      }
      return tx.team.create({
        data: {
          name,
          slug: newTeamSlug(slugify(name)),
          inviteCode: newInviteCode(),
          memberships: { create: { userId, role: "owner" } },
        },
        select: { slug: true, name: true, inviteCode: true },
      });
    },
    { maxWait: 10_000, timeout: 10_000 },
  );
  return { ...team, role: "owner" };
}
