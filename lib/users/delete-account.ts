// Deleting an account removes the user and, by cascade, everything they own
// (cards, review logs, tokens, interviews, memberships, daily activity). A
// team they own is handed on first: to another owner if it has one (nothing
// to do), else to its longest-standing admin, else its longest-standing
// member; a team left with nobody is deleted. One transaction.
import type { TDb } from "@/lib/db/client";

export type TDeleteOutcome = { transferred: { teamId: string; toUserId: string }[]; deletedTeams: string[] };

export async function deleteAccount(db: TDb, userId: string): Promise<TDeleteOutcome> {
  return db.$transaction(async (tx) => {
    const owned = await tx.membership.findMany({ where: { userId, role: "owner" }, select: { teamId: true } });
    const out: TDeleteOutcome = { transferred: [], deletedTeams: [] };
    for (const { teamId } of owned) {
      const others = { teamId, userId: { not: userId } };
      if (await tx.membership.findFirst({ where: { ...others, role: "owner" }, select: { id: true } })) continue;
      const heir =
        (await tx.membership.findFirst({
          where: { ...others, role: "admin" },
          orderBy: [{ joinedAt: "asc" }, { id: "asc" }],
          select: { id: true, userId: true },
        })) ??
        (await tx.membership.findFirst({
          where: others,
          orderBy: [{ joinedAt: "asc" }, { id: "asc" }],
          select: { id: true, userId: true },
        }));
      if (heir) {
        await tx.membership.update({ where: { id: heir.id }, data: { role: "owner" } });
        out.transferred.push({ teamId, toUserId: heir.userId });
      } else {
        await tx.team.delete({ where: { id: teamId } });
        out.deletedTeams.push(teamId);
      }
    }
    await tx.user.delete({ where: { id: userId } });
    return out;
  });
}
