// Undo one review: ts-fsrs rollback restores the card, the log is marked
// undone (history is never deleted) and the day's counters go back down.
import type { TDb } from "@/lib/db/client";
import { fromFsrsCard, fromLogColumns, makeScheduler, toFsrsCard } from "./scheduler";
import type { TReviewUser } from "./record-review";
import { userDay } from "./user-day";
import { bumpActivity } from "./bump-activity";
import { owned } from "@/lib/db/owned";

export type TUndoOutcome =
  { status: "ok"; cardId: string } | { status: "nothing-to-undo" } | { status: "conflict"; message: string };

const UNDO_LOG_SELECT = {
  id: true,
  cardId: true,
  rating: true,
  state: true,
  due: true,
  stability: true,
  difficulty: true,
  elapsedDays: true,
  lastElapsedDays: true,
  scheduledDays: true,
  learningSteps: true,
  review: true,
  leech: true,
  answer: true,
  durationMs: true,
  createdAt: true,
  firstOfDay: true,
  source: true,
  day: true,
  points: true,
} as const;

/** The user's most recent live review of `source`, or null. */
export function findLastReview(db: TDb, userId: string, source: "daily" | "interview" = "daily") {
  return owned(db, userId).reviewLog.findFirst({
    where: { undone: false, source },
    orderBy: [{ createdAt: "desc" }, { review: "desc" }],
    select: UNDO_LOG_SELECT,
  });
}
/** One of the user's reviews by id (live or undone), or null. */
export function findReviewLog(db: TDb, userId: string, id: string) {
  return owned(db, userId).reviewLog.findFirst({ where: { id }, select: { ...UNDO_LOG_SELECT, undone: true } });
}
export type TUndoableReview = NonNullable<Awaited<ReturnType<typeof findLastReview>>>;

export async function undoReview(db: TDb, user: TReviewUser, log: TUndoableReview): Promise<TUndoOutcome> {
  const mine = owned(db, user.id);
  const card = await mine.card.findFirst({ where: { id: log.cardId } });
  if (!card) return { status: "nothing-to-undo" };
  // Only the review that produced the card's current state can be rolled back.
  if (card.reps === 0 || card.lastReview?.getTime() !== log.review.getTime()) {
    return {
      status: "conflict",
      message: "This card changed after that review (reset or reviewed elsewhere), so it cannot be undone.",
    };
  }
  const previous = makeScheduler(user).rollback(toFsrsCard(card), fromLogColumns(log));
  const done = await db.$transaction(async (tx) => {
    const t = owned(tx, user.id);
    const moved = await t.card.updateMany({
      where: { id: card.id, version: card.version },
      data: {
        ...fromFsrsCard(previous),
        version: { increment: 1 },
        ...(log.leech ? { leech: false, suspended: false } : {}),
      },
    });
    if (moved.count !== 1) return false;
    const marked = await t.reviewLog.updateMany({ where: { id: log.id, undone: false }, data: { undone: true } });
    if (marked.count !== 1) throw new Error("review log changed during undo");
    // Exactly what the review gave, on the day it was stored under (logs from before
    // the day was stored fall back to the current settings).
    const retention =
      log.firstOfDay && log.state === 2 && log.source === "daily" ? (log.rating > 1 ? "recalled" : "forgotten") : null;
    for (const write of bumpActivity(
      tx,
      user.id,
      log.day || userDay(user, log.review).day,
      { newCard: log.state === 0, correct: log.rating >= 3, points: log.points, retention },
      -1,
    ))
      await write;
    return true;
  });
  return done
    ? { status: "ok", cardId: card.id }
    : { status: "conflict", message: "The card changed while undoing; try again." };
}

export async function undoLastReview(
  db: TDb,
  user: TReviewUser,
  source: "daily" | "interview" = "daily",
): Promise<TUndoOutcome> {
  const log = await findLastReview(db, user.id, source);
  return log ? undoReview(db, user, log) : { status: "nothing-to-undo" };
}
