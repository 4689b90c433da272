// Everything the team page shows, loaded for one member. Members' e-mails are
// never selected: display names only.
import type { TDb } from "@/lib/db/client";
import type { TUserClock } from "@/lib/review/user-day";
import type { TMembership } from "./find-membership";
import { getLeaderboard } from "./get-leaderboard";
import { commonWrongAnswers, weakestChapters } from "./get-team-insights";
import { can } from "./roles";
import { cachedInsight } from "./insights-cache";
import { monthStart } from "./week";
import { userDay } from "@/lib/review/user-day";
import type { TPeriod } from "./schemas";
import { DomainError } from "@/lib/errors/domain-error";

/** The decks a team's insights can show: the course and the team's own decks. */
async function insightDecks(db: TDb, teamId: string, deckId: string | undefined) {
  const decks = await db.deck.findMany({
    where: { OR: [{ kind: "course" }, { teamId }] },
    orderBy: [{ kind: "asc" }, { createdAt: "asc" }],
    select: { id: true, name: true },
    take: 100,
  });
  if (deckId && !decks.some((d) => d.id === deckId)) throw new DomainError("not_found", "No such deck.");
  return decks;
}

export async function getTeamPage(
  db: TDb,
  m: TMembership,
  viewer: TUserClock & { id: string },
  period: TPeriod,
  now: Date,
  deckId?: string,
) {
  const decks = await insightDecks(db, m.team.id, deckId);
  const d = deckId ?? "";
  // The board query returns every member (hidden ones too) for the member list.
  const [{ members, ...board }, invite, weak, wrong] = await Promise.all([
    getLeaderboard(db, m.team.id, viewer.id, period, now),
    can(m.role, "invite")
      ? db.team.findUniqueOrThrow({ where: { id: m.team.id }, select: { inviteCode: true, inviteExpiresAt: true } })
      : null,
    cachedInsight(`weak|${m.team.id}|${d}`, now.getTime(), () => weakestChapters(db, m.team.id, now, deckId)),
    cachedInsight(`wrong|${m.team.id}|${monthStart(userDay(viewer, now).day)}|${d}`, now.getTime(), () =>
      commonWrongAnswers(db, m.team.id, viewer, now, deckId),
    ),
  ]);
  return {
    board,
    weak,
    wrong,
    decks,
    invite: invite && {
      code: invite.inviteCode,
      expiresAt: invite.inviteExpiresAt?.toISOString() ?? null,
      expired: Boolean(invite.inviteExpiresAt && invite.inviteExpiresAt <= now),
    },
    members: members.map((x) => ({
      userId: x.userId,
      name: x.name,
      role: x.role,
      hidden: x.hidden,
      me: x.userId === viewer.id,
    })),
  };
}
