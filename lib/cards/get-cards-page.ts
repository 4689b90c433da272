import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { providerOf } from "@/lib/db/provider";
import { browseCards, type TBrowseUser } from "./browse-cards";
import type { TCardQuery } from "./browse-schema";

/** What /cards shows: one page of the user's cards and the chapters to filter by. */
export async function getCardsPage(user: TBrowseUser, q: TCardQuery, now: Date) {
  const [result, lessons] = await Promise.all([
    browseCards(db(), user, q, now, { insensitive: providerOf(env().DATABASE_URL) === "postgresql" }),
    db().lesson.findMany({ where: { retired: false }, select: { slug: true, number: true, title: true }, orderBy: { number: "asc" } }),
  ]);
  return { result, lessons };
}
