"use server";
// Server actions behind the review screen, through the one door
// (lib/actions): the signed-in user from the session, input checked by zod,
// every query scoped to that user's own cards (another's id → not_found).
import { z } from "zod";
import { db } from "@/lib/db";
import { userActionClient } from "@/lib/actions/action-client";
import { DomainError } from "@/lib/errors/domain-error";
import { MAX_ANSWER_CHARS } from "@/lib/scoring/types";
import { getQueue } from "./get-queue";
import { recordReview } from "./record-review";
import { reviewedOrThrow } from "./reviewed-or-throw";
import { revealCard } from "./reveal-card";
import { undoLast } from "./undo-last";
import { applyCardAction, CARD_ACTIONS } from "./card-actions";
import { ZReviewInput } from "./schemas";

const ZCardId = z.string().min(1).max(64);
// deckId narrows the queue to one deck; the queue reads the caller's own cards only, so any id is safe.
const ZDeck = z.string().max(64).optional();
const ZQueueInput = z.object({
  lessonSlug: z.string().max(200).optional(),
  deckId: ZDeck,
  pinFirst: ZCardId.optional(),
});
const ZRevealInput = z.object({
  cardId: ZCardId,
  answer: z.string().max(MAX_ANSWER_CHARS, `Answers can be at most ${MAX_ANSWER_CHARS} characters.`).optional(),
  durationMs: z
    .number()
    .int()
    .min(0)
    .max(24 * 3_600_000)
    .optional(),
});
const ZLesson = z.string().max(200).optional();
/** `next`: answer with the queue that follows (the review screen); the parked list needs none. */
const ZCardAction = z.object({
  cardId: ZCardId,
  action: z.enum(CARD_ACTIONS),
  lessonSlug: ZLesson,
  deckId: ZDeck,
  next: z.boolean().optional(),
});
// A step on the review screen answers with the queue that follows it: one round trip, not two.
const ZRate = ZReviewInput.extend({ lessonSlug: ZLesson, deckId: ZDeck });

export const fetchQueueAction = userActionClient.action(ZQueueInput, async (input, { user, now }) =>
  getQueue(db(), user, now, input),
);

export const revealAction = userActionClient.action(ZRevealInput, async ({ cardId, answer, durationMs }, { user }) => {
  const reveal = await revealCard(
    db(),
    user.id,
    cardId,
    answer,
    durationMs === undefined ? undefined : durationMs / 1000,
  );
  if (!reveal) throw new DomainError("not_found", "That card is not in your deck.");
  return reveal;
});

export const rateAction = userActionClient.action(ZRate, async ({ lessonSlug, deckId, ...input }, { user, now }) => {
  const review = reviewedOrThrow(await recordReview(db(), user, input, now), input.cardId);
  return { review, queue: await getQueue(db(), user, new Date(), { lessonSlug, deckId }) };
});

export const undoAction = userActionClient.action(
  z.object({ lessonSlug: ZLesson, deckId: ZDeck }),
  async ({ lessonSlug, deckId }, { user }) => {
    const r = await undoLast(db(), user);
    if (r.status === "nothing-to-undo") throw new DomainError("not_found", "Nothing to undo.");
    if (r.status === "conflict") throw new DomainError("conflict", r.message);
    // The card just undone comes first.
    return {
      undone: r.undone,
      queue: await getQueue(db(), user, new Date(), { lessonSlug, deckId, pinFirst: r.undone.cardId }),
    };
  },
);

export const cardAction = userActionClient.action(
  ZCardAction,
  async ({ cardId, action, lessonSlug, deckId, next }, { user, now }) => {
    const r = await applyCardAction(db(), user, cardId, action, now);
    if (!r) throw new DomainError("not_found", "That card is not in your deck (or it changed meanwhile).");
    return { ...r, queue: next ? await getQueue(db(), user, new Date(), { lessonSlug, deckId }) : null };
  },
);
