import "server-only";
import { db } from "@/lib/db";
import { studyableBy } from "@/lib/decks/access";
import { env } from "@/lib/env";
import { providerOf } from "@/lib/db/provider";
import { browseCards, type TBrowseUser } from "./browse-cards";
import type { TCardQuery } from "./browse-schema";

/** What /cards shows: one page of the user's cards and the decks and chapters (of decks they study) to filter by. */
export async function getCardsPage(user: TBrowseUser, q: TCardQuery, now: Date) {
  const [result, lessons, decks] = await Promise.all([
    browseCards(db(), user, q, now, { insensitive: providerOf(env().DATABASE_URL) === "postgresql" }),
    db().lesson.findMany({
      where: { retired: false, deck: studyableBy(user.id) },
      select: { slug: true, number: true, title: true },
      orderBy: { number: "asc" },
    }),
    db().deck.findMany({
      where: studyableBy(user.id),
      select: { id: true, name: true },
      orderBy: [{ kind: "asc" }, { createdAt: "asc" }],
    }),
  ]);
  return { result, lessons, decks };
}
