// Undo the user's most recent live review: ts-fsrs rollback restores the
// card, the log is marked undone (history is never deleted).
import type { TDb } from "@/lib/db/client";
import { fromFsrsCard, fromLogColumns, makeScheduler, toFsrsCard } from "./scheduler";
import type { TReviewUser } from "./record-review";
import { userDay } from "./user-day";
import { bumpActivity } from "./bump-activity";

export type TUndoOutcome = { status: "ok"; cardId: string } | { status: "nothing-to-undo" } | { status: "conflict"; message: string };

export async function undoLastReview(db: TDb, user: TReviewUser, source: "daily" | "interview" = "daily"): Promise<TUndoOutcome> {
  const log = await db.reviewLog.findFirst({
    where: { userId: user.id, undone: false, source },
    orderBy: [{ review: "desc" }, { createdAt: "desc" }],
    include: { card: true },
  });
  if (!log) return { status: "nothing-to-undo" };
  const card = log.card;
  // Only the review that produced the card's current state can be rolled back.
  if (card.reps === 0 || card.lastReview?.getTime() !== log.review.getTime()) {
    return { status: "conflict", message: "This card changed after that review (reset or reviewed elsewhere), so it cannot be undone." };
  }
  const previous = makeScheduler(user).rollback(toFsrsCard(card), fromLogColumns(log));
  const done = await db.$transaction(async (tx) => {
    const moved = await tx.card.updateMany({
      where: { id: card.id, userId: user.id, version: card.version },
      data: { ...fromFsrsCard(previous), version: { increment: 1 }, ...(log.leech ? { leech: false, suspended: false } : {}) },
    });
    if (moved.count !== 1) return false;
    const marked = await tx.reviewLog.updateMany({ where: { id: log.id, undone: false }, data: { undone: true } });
    if (marked.count !== 1) throw new Error("review log changed during undo");
    // Exactly what the review gave, on the day it was stored under (logs from before
    // the day was stored fall back to the current settings).
    const retention = log.firstOfDay && log.state === 2 && log.source === "daily" ? (log.rating > 1 ? "recalled" : "forgotten") : null;
    for (const write of bumpActivity(tx, user.id, log.day || userDay(user, log.review).day, { newCard: log.state === 0, correct: log.rating >= 3, points: log.points, retention }, -1)) await write;
    return true;
  });
  return done ? { status: "ok", cardId: card.id } : { status: "conflict", message: "The card changed while undoing; try again." };
}
