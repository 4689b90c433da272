import { db } from "@/lib/db";
import { authenticate } from "@/lib/api/authenticate";
import { invalid, jsonError, unauthorized } from "@/lib/api/json-error";
import { apiJson } from "@/lib/api/json-response";
import { recordReview } from "@/lib/review/record-review";
import { ZReviewInput } from "@/lib/review/schemas";

export async function POST(request: Request) {
  const t0 = performance.now();
  const user = await authenticate(request);
  if (!user) return unauthorized();
  const t1 = performance.now();
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return jsonError(400, "invalid_json", "The request body must be JSON.");
  }
  const input = ZReviewInput.safeParse(body);
  if (!input.success) return invalid(input.error);
  const t2 = performance.now();
  const outcome = await recordReview(db(), user, input.data, new Date());
  const t3 = performance.now();
  if (outcome.status === "not-found") return jsonError(404, "card_not_found", `No card ${input.data.cardId} in your deck.`);
  if (outcome.status === "conflict") return jsonError(409, "already_reviewed", outcome.message);
  // Server-Timing says where the time went (read by `npm run bench:reviews`).
  const timing = `auth;dur=${(t1 - t0).toFixed(2)}, parse;dur=${(t2 - t1).toFixed(2)}, review;dur=${(t3 - t2).toFixed(2)}`;
  // 200 for a replayed retry, 201 for a new review: both carry the same body.
  return apiJson(outcome.review, outcome.review.replayed ? 200 : 201, { "server-timing": timing });
}
