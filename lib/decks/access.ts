// Who may study and who may edit a deck. A deck the caller cannot study is
// "not found" (its existence is not confirmed); one they study but may not
// edit (the course, a team deck for a plain member) is "forbidden".
import type { TDb } from "@/lib/db/client";
import { DomainError } from "@/lib/errors/domain-error";
import { atLeast, type TTeamRole } from "@/lib/teams/roles";

export type TDeckRef = { id: string; name: string; kind: string; ownerId: string | null; teamId: string | null };
type TReader = Pick<TDb, "deck">;

const NO_DECK = "No such deck.";
const SELECT = { id: true, name: true, kind: true, ownerId: true, teamId: true } as const;

/** Prisma filter for the decks a user studies: the course, their own, their teams'. */
export function studyableBy(userId: string) {
  return { OR: [{ kind: "course" }, { ownerId: userId }, { team: { memberships: { some: { userId } } } }] };
}

export async function findDeckToStudy(db: TReader, userId: string, deckId: string): Promise<TDeckRef> {
  const deck = await db.deck.findFirst({ where: { id: deckId, ...studyableBy(userId) }, select: SELECT });
  if (!deck) throw new DomainError("not_found", NO_DECK);
  return deck;
}

export async function findDeckToEdit(db: TReader, userId: string, deckId: string): Promise<TDeckRef> {
  const deck = await db.deck.findFirst({
    where: { id: deckId, ...studyableBy(userId) },
    select: { ...SELECT, team: { select: { memberships: { where: { userId }, select: { role: true } } } } },
  });
  if (!deck) throw new DomainError("not_found", NO_DECK);
  const role = deck.team?.memberships[0]?.role as TTeamRole | undefined;
  const editor =
    deck.kind === "user" ? deck.ownerId === userId : deck.kind === "team" && !!role && atLeast(role, "admin");
  if (!editor)
    throw new DomainError(
      "forbidden",
      deck.kind === "course" ? "The course deck is read-only." : "Only a team admin or owner can edit this deck.",
    );
  return { id: deck.id, name: deck.name, kind: deck.kind, ownerId: deck.ownerId, teamId: deck.teamId };
}

/** The users who study a deck and so get a card for each of its questions. */
export async function deckStudents(db: Pick<TDb, "user" | "membership">, deck: TDeckRef): Promise<string[]> {
  if (deck.kind === "user") return deck.ownerId ? [deck.ownerId] : [];
  if (deck.kind === "team")
    return (await db.membership.findMany({ where: { teamId: deck.teamId! }, select: { userId: true } })).map(
      (m) => m.userId,
    );
  return (await db.user.findMany({ select: { id: true } })).map((u) => u.id);
}
