import "server-only";
import { notFound } from "next/navigation";
import { db } from "@/lib/db";
import { findDeckToStudy, studyableBy } from "@/lib/decks/access";

/** The decks /stats can filter on, and the chosen one: a deck the user does not study is a 404. */
export async function getStatsDecks(userId: string, deckParam: string | undefined) {
  const decks = await db().deck.findMany({
    where: studyableBy(userId),
    orderBy: [{ kind: "asc" }, { createdAt: "asc" }],
    select: { id: true, name: true },
    take: 200,
  });
  if (!deckParam) return { decks, deck: undefined };
  const deck = await findDeckToStudy(db(), userId, deckParam.slice(0, 64)).catch(() => notFound());
  return { decks, deck };
}
