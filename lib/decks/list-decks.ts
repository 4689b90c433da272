// The decks a user studies, each with the user's live cards and how many are
// due now: two grouped counts over the user's cards, whatever the deck count.
import type { TDb } from "@/lib/db/client";
import { owned } from "@/lib/db/owned";
import { studyableBy } from "./access";
import { learnAheadUntil } from "@/lib/review/due-rules";

export type TDeckSummary = { id: string; name: string; kind: string; teamSlug?: string; cards: number; due: number };

export async function listDecks(db: TDb, userId: string, now: Date): Promise<TDeckSummary[]> {
  const mine = owned(db, userId);
  const live = { retired: false, suspended: false };
  const [decks, all, due] = await Promise.all([
    db.deck.findMany({
      where: studyableBy(userId),
      orderBy: [{ kind: "asc" }, { createdAt: "asc" }],
      select: { id: true, name: true, kind: true, team: { select: { slug: true } } },
    }),
    mine.card.groupBy({ by: ["deckId"], where: live, _count: { _all: true } }),
    mine.card.groupBy({
      by: ["deckId"],
      where: {
        ...live,
        state: { not: 0 },
        due: { lte: learnAheadUntil(now) },
        OR: [{ buriedUntil: null }, { buriedUntil: { lte: now } }],
      },
      _count: { _all: true },
    }),
  ]);
  const count = (rows: typeof all, id: string) => rows.find((r) => r.deckId === id)?._count._all ?? 0;
  return decks.map((d) => ({
    id: d.id,
    name: d.name,
    kind: d.kind,
    ...(d.team ? { teamSlug: d.team.slug } : {}),
    cards: count(all, d.id),
    due: count(due, d.id),
  }));
}
