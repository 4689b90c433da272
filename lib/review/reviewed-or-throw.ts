import { DomainError } from "@/lib/errors/domain-error";
import type { TReviewOutcome } from "./record-review";

/** A review outcome as the one domain error both doors (API, server action) answer with the same words. */
export function reviewedOrThrow(outcome: TReviewOutcome, cardId: string) {
  if (outcome.status === "not-found")
    throw new DomainError("not_found", `No card ${cardId} in your deck.`, { apiCode: "card_not_found" });
  if (outcome.status === "conflict")
    throw new DomainError("conflict", outcome.message, { apiCode: "already_reviewed" });
  return outcome.review;
}
