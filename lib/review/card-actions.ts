// Bury, suspend, forget and their opposites. Each is scoped to the owner
// (another user's card id matches nothing: callers answer 404) and journaled
// with the card's prior columns in the same transaction, so it can be undone.
import type { TDb } from "@/lib/db/client";
import { fromFsrsCard, makeScheduler, toFsrsCard, type TCardState } from "./scheduler";
import type { TReviewUser } from "./record-review";
import { userDay } from "./user-day";
import { owned } from "@/lib/db/owned";

export const CARD_ACTIONS = ["suspend", "unsuspend", "bury", "unbury", "forget"] as const;
export type TCardAction = (typeof CARD_ACTIONS)[number];

/** What an action may change, and so what its undo puts back. */
export type TParkedState = TCardState & { suspended: boolean; buriedUntil: Date | null; leech: boolean };
export const PARKED_COLUMNS = {
  due: true,
  stability: true,
  difficulty: true,
  elapsedDays: true,
  scheduledDays: true,
  learningSteps: true,
  reps: true,
  lapses: true,
  state: true,
  lastReview: true,
  suspended: true,
  buriedUntil: true,
  leech: true,
} as const;

export type TCardActionOutcome = { cardId: string; prompt: string; action: TCardAction } | null;

export async function applyCardAction(
  db: TDb,
  user: TReviewUser,
  cardId: string,
  action: TCardAction,
  now: Date,
): Promise<TCardActionOutcome> {
  const mine = owned(db, user.id);
  const card = await mine.card.findFirst({
    where: { id: cardId },
    select: { id: true, version: true, ...PARKED_COLUMNS, question: { select: { prompt: true } } },
  });
  if (!card) return null;
  const data: Partial<TParkedState> =
    action === "suspend"
      ? { suspended: true }
      : // A leech is suspended for its lapses; unsuspending is the user taking it back.
        action === "unsuspend"
        ? { suspended: false, leech: false }
        : // Buried until the user's next day starts.
          action === "bury"
          ? { buriedUntil: userDay(user, now).end }
          : action === "unbury"
            ? { buriedUntil: null }
            : { ...fromFsrsCard(makeScheduler(user).forget(toFsrsCard(card), now, true).card), leech: false };
  const { question, version, id, ...before } = card;
  // A batch: the version in the where makes a concurrent write fail (P2025) and roll back the journal row.
  try {
    await db.$transaction([
      mine.card.update({ where: { id, version }, data: { ...data, version: { increment: 1 } }, select: { id: true } }),
      mine.cardActionLog.create({
        data: { userId: user.id, cardId: id, action, before: JSON.stringify(before) },
        select: { id: true },
      }),
    ]);
  } catch (e) {
    if ((e as { code?: string }).code === "P2025") return null;
    throw e;
  }
  return { cardId: id, prompt: question.prompt, action };
}

/** The journal's JSON back into columns (dates were serialised as ISO strings). */
export function parseParkedState(json: string): TParkedState {
  const o = JSON.parse(json) as Record<string, unknown>;
  const date = (v: unknown) => (typeof v === "string" ? new Date(v) : null);
  return {
    due: date(o.due)!,
    stability: Number(o.stability),
    difficulty: Number(o.difficulty),
    elapsedDays: Number(o.elapsedDays),
    scheduledDays: Number(o.scheduledDays),
    learningSteps: Number(o.learningSteps),
    reps: Number(o.reps),
    lapses: Number(o.lapses),
    state: Number(o.state),
    lastReview: date(o.lastReview),
    suspended: o.suspended === true,
    buriedUntil: date(o.buriedUntil),
    leech: o.leech === true,
  };
}
