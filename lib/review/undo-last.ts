// The review screen's one undo: the newest of the user's live reviews and
// card actions, one step per call, last first. A review goes back through
// ts-fsrs rollback (undo-review.ts); a card action puts back the columns its
// journal row kept. The outcome names the card, and for a review carries the
// typed answer so the screen can show it and its score again.
import type { TDb } from "@/lib/db/client";
import type { TReviewUser } from "./record-review";
import { findLastReview, undoReview } from "./undo-review";
import { parseParkedState, type TCardAction } from "./card-actions";
import { owned } from "@/lib/db/owned";

export type TUndoneStep = {
  cardId: string;
  prompt: string;
  action: "rate" | TCardAction;
  rating?: number;
  answer?: string | null;
  durationMs?: number | null;
};
export type TUndoLastOutcome =
  { status: "ok"; undone: TUndoneStep } | { status: "nothing-to-undo" } | { status: "conflict"; message: string };

export async function undoLast(db: TDb, user: TReviewUser): Promise<TUndoLastOutcome> {
  const mine = owned(db, user.id);
  const [review, action] = await Promise.all([
    findLastReview(db, user.id),
    mine.cardActionLog.findFirst({
      where: { undone: false },
      orderBy: { createdAt: "desc" },
      select: { id: true, cardId: true, action: true, before: true, createdAt: true },
    }),
  ]);
  if (!review && !action) return { status: "nothing-to-undo" };
  const prompt = async (cardId: string) =>
    (await mine.card.findFirst({ where: { id: cardId }, select: { question: { select: { prompt: true } } } }))?.question
      .prompt ?? "";

  if (review && (!action || review.createdAt >= action.createdAt)) {
    const r = await undoReview(db, user, review);
    if (r.status !== "ok") return r;
    return {
      status: "ok",
      undone: {
        cardId: review.cardId,
        prompt: await prompt(review.cardId),
        action: "rate",
        rating: review.rating,
        answer: review.answer,
        durationMs: review.durationMs,
      },
    };
  }
  const a = action!;
  // Anything that wrote the card since (an interview review, a stale tab) makes the old columns wrong to restore.
  const later = await mine.reviewLog.count({
    where: { cardId: a.cardId, undone: false, createdAt: { gt: a.createdAt } },
  });
  const card = await mine.card.findFirst({ where: { id: a.cardId }, select: { version: true } });
  if (!card) return { status: "nothing-to-undo" };
  if (later > 0)
    return { status: "conflict", message: "This card was reviewed after that, so the earlier step cannot be undone." };
  const done = await db.$transaction(async (tx) => {
    const t = owned(tx, user.id);
    const moved = await t.card.updateMany({
      where: { id: a.cardId, version: card.version },
      data: { ...parseParkedState(a.before), version: { increment: 1 } },
    });
    if (moved.count !== 1) return false;
    const marked = await t.cardActionLog.updateMany({ where: { id: a.id, undone: false }, data: { undone: true } });
    if (marked.count !== 1) throw new Error("card action changed during undo");
    return true;
  });
  if (!done) return { status: "conflict", message: "The card changed while undoing; try again." };
  return {
    status: "ok",
    undone: { cardId: a.cardId, prompt: await prompt(a.cardId), action: a.action as TCardAction },
  };
}
