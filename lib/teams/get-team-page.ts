// Everything the team page shows, loaded for one member. Members' e-mails are
// never selected: display names only.
import type { TDb } from "@/lib/db/client";
import type { TUserClock } from "@/lib/review/user-day";
import type { TMembership } from "./find-membership";
import { getLeaderboard } from "./get-leaderboard";
import { commonWrongAnswers, weakestChapters } from "./get-team-insights";
import { can, type TTeamRole } from "./roles";
import type { TPeriod } from "./schemas";

export async function getTeamPage(db: TDb, m: TMembership, viewer: TUserClock & { id: string }, period: TPeriod, now: Date) {
  const [board, members, invite, weak, wrong] = await Promise.all([
    getLeaderboard(db, m.team.id, viewer.id, period, now),
    db.membership.findMany({
      where: { teamId: m.team.id },
      orderBy: [{ joinedAt: "asc" }, { id: "asc" }],
      select: { role: true, hidden: true, user: { select: { id: true, name: true } } },
    }),
    can(m.role, "invite") ? db.team.findUniqueOrThrow({ where: { id: m.team.id }, select: { inviteCode: true, inviteExpiresAt: true } }) : null,
    weakestChapters(db, m.team.id, now),
    commonWrongAnswers(db, m.team.id, viewer, now),
  ]);
  return {
    board, weak, wrong,
    invite: invite && { code: invite.inviteCode, expiresAt: invite.inviteExpiresAt?.toISOString() ?? null, expired: Boolean(invite.inviteExpiresAt && invite.inviteExpiresAt <= now) },
    members: members.map((x) => ({ userId: x.user.id, name: x.user.name, role: x.role as TTeamRole, hidden: x.hidden, me: x.user.id === viewer.id })),
  };
}
