import { db } from "@/lib/db";
import { apiRoute } from "@/lib/api/api-route";
import { apiJson } from "@/lib/api/json-response";
import { recordReview } from "@/lib/review/record-review";
import { reviewedOrThrow } from "@/lib/review/reviewed-or-throw";
import { ZReviewInput } from "@/lib/review/schemas";

export const POST = apiRoute({ body: ZReviewInput }, async ({ user, body, now }) => {
  const t0 = performance.now();
  const outcome = await recordReview(db(), user, body, now);
  const t1 = performance.now();
  const review = reviewedOrThrow(outcome, body.cardId);
  // Server-Timing says where the time went (read by `npm run bench:reviews`).
  const timing = `review;dur=${(t1 - t0).toFixed(2)}`;
  // 200 for a replayed retry, 201 for a new review: both carry the same body.
  return apiJson(review, review.replayed ? 200 : 201, { "server-timing": timing });
});
