import { db } from "@/lib/db";
import { authenticate } from "@/lib/api/authenticate";
import { invalid, jsonError, unauthorized } from "@/lib/api/json-error";
import { recordReview } from "@/lib/review/record-review";
import { ZReviewInput } from "@/lib/review/schemas";

export async function POST(request: Request) {
  const user = await authenticate(request);
  if (!user) return unauthorized();
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return jsonError(400, "invalid_json", "The request body must be JSON.");
  }
  const input = ZReviewInput.safeParse(body);
  if (!input.success) return invalid(input.error);
  const outcome = await recordReview(db(), user, input.data, new Date());
  if (outcome.status === "not-found") return jsonError(404, "card_not_found", `No card ${input.data.cardId} in your deck.`);
  if (outcome.status === "conflict") return jsonError(409, "already_reviewed", outcome.message);
  // 200 for a replayed retry, 201 for a new review: both carry the same body.
  return Response.json(outcome.review, { status: outcome.review.replayed ? 200 : 201 });
}
