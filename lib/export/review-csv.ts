// The review log as CSV: first the columns the FSRS optimizer tools read
// (card_id, review_time and review_duration in ms, review_rating 1-4,
// review_state 0 New 1 Learning 2 Review 3 Relearning, the state before the
// review), then Deckhand's own. Undone reviews are left out: they were rolled
// back and must not train the optimizer. Streamed in batches, written by
// toCsv (csv-stringify, with formula escaping: answers are typed by users).
import type { TDb } from "@/lib/db/client";
import { afterKey, batchedRows, EXPORT_BATCH } from "./batched-rows";
import { owned } from "@/lib/db/owned";
import { toCsv } from "./to-csv";

export const CSV_COLUMNS = [
  "card_id",
  "review_time",
  "review_rating",
  "review_state",
  "review_duration",
  "question_key",
  "answer",
  "score",
  "verdict",
  "suggested_rating",
  "source",
  "deck",
  "question",
] as const;

export async function* reviewCsvChunks(db: TDb, userId: string, batch = EXPORT_BATCH): AsyncGenerator<string> {
  const mine = owned(db, userId);
  yield toCsv([[...CSV_COLUMNS]]);
  // One row per card, not per log: the key map stays the size of the deck.
  const cards = await mine.card.findMany({
    select: { id: true, question: { select: { key: true, prompt: true, deck: { select: { name: true } } } } },
  });
  const questionOf = new Map(cards.map((c) => [c.id, c.question]));
  const batches = batchedRows(
    (after, take) =>
      mine.reviewLog.findMany({
        where: { undone: false, ...afterKey("review", after) },
        select: {
          id: true,
          cardId: true,
          review: true,
          rating: true,
          state: true,
          durationMs: true,
          answer: true,
          score: true,
          verdict: true,
          suggestedRating: true,
          source: true,
        },
        orderBy: [{ review: "asc" }, { id: "asc" }],
        take,
      }),
    (r) => r.review,
    batch,
  );
  for await (const rows of batches) {
    yield toCsv(
      rows.map((r) => [
        r.cardId,
        r.review.getTime(),
        r.rating,
        r.state,
        r.durationMs ?? 0,
        questionOf.get(r.cardId)?.key ?? "",
        r.answer,
        r.score,
        r.verdict,
        r.suggestedRating,
        r.source,
        questionOf.get(r.cardId)?.deck.name ?? "",
        questionOf.get(r.cardId)?.prompt ?? "",
      ]),
    );
  }
}
