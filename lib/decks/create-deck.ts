// A private deck, or a team deck made by a team admin (a plain member is
// refused, a non-member sees no such team). Caps: MAX_DECKS_PER_USER private
// decks per user, and as many team decks per team.
import type { TDb } from "@/lib/db/client";
import { DomainError } from "@/lib/errors/domain-error";
import { findMembership } from "@/lib/teams/find-membership";
import { MAX_DECKS_PER_USER } from "./limits";

export async function createDeck(
  db: TDb,
  userId: string,
  name: string,
  teamSlug?: string,
): Promise<{ id: string; name: string }> {
  const team = teamSlug ? (await findMembership(db, userId, teamSlug, "admin")).team : null;
  const owner = team ? { kind: "team", teamId: team.id } : { kind: "user", ownerId: userId };
  return db.$transaction(async (tx) => {
    const where = team ? { teamId: team.id } : { ownerId: userId };
    if ((await tx.deck.count({ where })) >= MAX_DECKS_PER_USER) {
      throw new DomainError(
        "conflict",
        `${team ? "This team has" : "You have"} ${MAX_DECKS_PER_USER} decks already; delete one first.`,
      );
    }
    return tx.deck.create({ data: { name, ...owner }, select: { id: true, name: true } });
  });
}
