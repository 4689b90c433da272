"use server";
// Server actions behind the review screen. Each validates its input with zod
// and acts only on the signed-in user's own cards.
import { z } from "zod";
import { db } from "@/lib/db";
import { requireUser } from "@/lib/auth/session";
import { MAX_ANSWER_CHARS } from "@/lib/scoring/types";
import { getQueue } from "./get-queue";
import { recordReview } from "./record-review";
import { revealCard } from "./reveal-card";
import { undoLastReview } from "./undo-review";
import { applyCardAction } from "./card-actions";
import { ZReviewInput } from "./schemas";

const ZQueueInput = z.object({ lessonSlug: z.string().max(200).optional(), pinFirst: z.string().max(64).optional() });
const ZRevealInput = z.object({
  cardId: z.string().min(1).max(64),
  answer: z.string().max(MAX_ANSWER_CHARS, `Answers can be at most ${MAX_ANSWER_CHARS} characters.`).optional(),
  durationMs: z.number().int().min(0).optional(),
});
const ZCardAction = z.object({ cardId: z.string().min(1).max(64), action: z.enum(["suspend", "unsuspend", "bury", "forget"]) });

const firstError = (e: z.ZodError) => e.issues[0]?.message ?? "Invalid input.";

export async function fetchQueueAction(raw: unknown) {
  const user = await requireUser();
  const input = ZQueueInput.parse(raw);
  return getQueue(db(), user, new Date(), input);
}

export async function revealAction(raw: unknown) {
  const user = await requireUser();
  const parsed = ZRevealInput.safeParse(raw);
  if (!parsed.success) return { ok: false as const, error: firstError(parsed.error) };
  const { cardId, answer, durationMs } = parsed.data;
  const reveal = await revealCard(db(), user.id, cardId, answer, durationMs === undefined ? undefined : durationMs / 1000);
  return reveal ? { ok: true as const, reveal } : { ok: false as const, error: "Card not found." };
}

export async function rateAction(raw: unknown) {
  const user = await requireUser();
  const parsed = ZReviewInput.safeParse(raw);
  if (!parsed.success) return { status: "invalid" as const, message: firstError(parsed.error) };
  return recordReview(db(), user, parsed.data, new Date());
}

export async function undoAction() {
  const user = await requireUser();
  return undoLastReview(db(), user);
}

export async function cardAction(raw: unknown) {
  const user = await requireUser();
  const { cardId, action } = ZCardAction.parse(raw);
  return { ok: await applyCardAction(db(), user, cardId, action, new Date()) };
}
