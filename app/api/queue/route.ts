import { z } from "zod";
import { db } from "@/lib/db";
import { apiRoute } from "@/lib/api/api-route";
import { getQueue } from "@/lib/review/get-queue";
import { findDeckToStudy } from "@/lib/decks/access";

const ZQuery = z.object({
  lesson: z.string().max(200).optional(),
  deck: z.string().max(100).optional(),
  take: z.coerce.number().int().min(0).max(200).default(20),
});

export const GET = apiRoute({ query: ZQuery }, async ({ user, query, now }) => {
  // A deck the caller does not study is a 404, never an empty queue that confirms it exists.
  if (query.deck) await findDeckToStudy(db(), user.id, query.deck!);
  return getQueue(db(), user, now, {
    take: query.take,
    ...(query.lesson ? { lessonSlug: query.lesson } : {}),
    ...(query.deck ? { deckId: query.deck } : {}),
  });
});
