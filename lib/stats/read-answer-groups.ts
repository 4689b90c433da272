// Typed-answer aggregates for "The scorer and you" and "Per chapter", grouped in
// SQL down to one row per chapter and rating pair (or per card for wrong answers)
// instead of reading every typed review. Answered from covering indexes on
// ReviewLog; joined to the card (the user's own) and its question for the chapter.
import { Prisma } from "@/lib/db/generated/sqlite/client";
import type { TDb } from "@/lib/db/client";
import type { TOverrideRow } from "./override-stats";
import type { TWrongAnswerCount } from "./chapter-stats";

/** Live reviews with a suggested rating on the user's live cards, by chapter, chosen and suggested rating. */
const inDeck = (deckId: string | undefined) => (deckId ? Prisma.sql`AND c."deckId" = ${deckId}` : Prisma.empty);

export async function readOverrideRows(db: TDb, userId: string, deckId?: string): Promise<TOverrideRow[]> {
  const rows = await db.$queryRaw<
    { lessonId: string; rating: unknown; suggestedRating: unknown; n: unknown; s: unknown; k: unknown }[]
  >`
    SELECT q."lessonId" AS "lessonId", g."rating" AS "rating", g."suggestedRating" AS "suggestedRating",
           SUM(g."n") AS "n", SUM(g."s") AS "s", SUM(g."k") AS "k"
    FROM (
      SELECT "cardId", "rating", "suggestedRating", COUNT(*) AS "n", COALESCE(SUM("score"), 0) AS "s", COUNT("score") AS "k"
      FROM "ReviewLog"
      WHERE "userId" = ${userId} AND "suggestedRating" IS NOT NULL AND NOT "undone"
      GROUP BY "cardId", "rating", "suggestedRating"
    ) g
    JOIN "Card" c ON c."id" = g."cardId" AND c."userId" = ${userId} AND NOT c."retired" ${inDeck(deckId)}
    JOIN "Question" q ON q."id" = c."questionId"
    GROUP BY q."lessonId", g."rating", g."suggestedRating"`;
  return rows.map((r) => ({
    lessonId: r.lessonId,
    rating: Number(r.rating),
    suggestedRating: Number(r.suggestedRating),
    count: Number(r.n),
    scoreSum: Number(r.s ?? 0),
    scored: Number(r.k),
  }));
}

/** How often each card's answer matched its question's common wrong answer. */
export async function readWrongAnswerRows(db: TDb, userId: string, deckId?: string): Promise<TWrongAnswerCount[]> {
  const rows = await db.$queryRaw<{ lessonId: string; prompt: string; wrongAnswer: string; n: unknown }[]>`
    SELECT q."lessonId" AS "lessonId", q."prompt" AS "prompt", q."wrongAnswer" AS "wrongAnswer", g."n" AS "n"
    FROM (
      SELECT "cardId", COUNT(*) AS "n" FROM "ReviewLog"
      WHERE "userId" = ${userId} AND "verdict" = 'common-wrong-answer' AND NOT "undone"
      GROUP BY "cardId"
    ) g
    JOIN "Card" c ON c."id" = g."cardId" AND c."userId" = ${userId} ${inDeck(deckId)}
    JOIN "Question" q ON q."id" = c."questionId"
    WHERE q."wrongAnswer" IS NOT NULL AND q."wrongAnswer" <> ''`;
  return rows.map((r) => ({ lessonId: r.lessonId, prompt: r.prompt, wrongAnswer: r.wrongAnswer, count: Number(r.n) }));
}
