import { db } from "@/lib/db";
import { apiRoute } from "@/lib/api/api-route";
import { reviewCsvChunks } from "@/lib/export/review-csv";
import { streamOf } from "@/lib/export/batched-rows";

// Streamed: one batch of logs in memory at a time, whatever the history's size.
export const GET = apiRoute(
  {},
  async ({ user, now }) =>
    new Response(streamOf(reviewCsvChunks(db(), user.id)), {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="deckhand-reviews-${now.toISOString().slice(0, 10)}.csv"`,
        "cache-control": "no-store",
      },
    }),
);
