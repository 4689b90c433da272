// Suspend, unsuspend or forget many cards at once, only among the user's own
// (other ids match nothing). Forget resets each card through ts-fsrs, as the
// single-card action does; the id list is bounded by the schema.
import type { TDb } from "@/lib/db/client";
import { applyCardAction } from "@/lib/review/card-actions";
import type { TReviewUser } from "@/lib/review/record-review";
import { owned } from "@/lib/db/owned";

export type TBulkAction = "suspend" | "unsuspend" | "forget";

export async function bulkCardAction(
  db: TDb,
  user: TReviewUser,
  ids: string[],
  action: TBulkAction,
  now: Date,
): Promise<number> {
  if (action === "forget") {
    let n = 0;
    for (const id of ids) if (await applyCardAction(db, user, id, "forget", now)) n++;
    return n;
  }
  const data = action === "suspend" ? { suspended: true } : { suspended: false, leech: false };
  const r = await owned(db, user.id).card.updateMany({
    where: { id: { in: ids } },
    data: { ...data, version: { increment: 1 } },
  });
  return r.count;
}
