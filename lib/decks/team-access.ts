// A member who leaves (or is removed from) a team stops studying its decks:
// manage-team.ts retires their cards there (out of every queue and list,
// history kept); joining again brings back those whose question is live.
import type { TDb } from "@/lib/db/client";
import { owned } from "@/lib/db/owned";

type TTx = Pick<TDb, "card">;

export async function reviveTeamCards(db: TTx, teamId: string, userId: string) {
  await owned(db, userId).card.updateMany({
    where: { deck: { teamId }, question: { retired: false } },
    data: { retired: false },
  });
}
