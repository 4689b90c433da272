// Suspend, bury and forget. Each is scoped to the owner: another user's card
// id matches nothing, which callers report as 404.
import type { TDb } from "@/lib/db/client";
import { fromFsrsCard, makeScheduler, toFsrsCard } from "./scheduler";
import type { TReviewUser } from "./record-review";
import { userDay } from "./user-day";

export type TCardAction = "suspend" | "unsuspend" | "bury" | "forget";

export async function applyCardAction(db: TDb, user: TReviewUser, cardId: string, action: TCardAction, now: Date): Promise<boolean> {
  const card = await db.card.findFirst({ where: { id: cardId, userId: user.id } });
  if (!card) return false;
  const data =
    action === "suspend" ? { suspended: true }
    : action === "unsuspend" ? { suspended: false, leech: false }
    // Buried until the user's next day starts.
    : action === "bury" ? { buriedUntil: userDay(user, now).end }
    : { ...fromFsrsCard(makeScheduler(user).forget(toFsrsCard(card), now, true).card), leech: false };
  const r = await db.card.updateMany({ where: { id: card.id, userId: user.id }, data: { ...data, version: { increment: 1 } } });
  return r.count === 1;
}
