import type { TDb } from "@/lib/db/client";
import { owned } from "@/lib/db/owned";

/** Shown at most: a longer list is paged by unsuspending, and the page stays cheap. */
export const PARKED_LIMIT = 200;

/** The user's suspended cards and cards buried past `now`, newest change first; only the fields the list shows. */
export async function listParked(db: TDb, userId: string, now: Date) {
  const rows = await owned(db, userId).card.findMany({
    where: { retired: false, OR: [{ suspended: true }, { buriedUntil: { gt: now } }] },
    orderBy: { updatedAt: "desc" },
    take: PARKED_LIMIT + 1,
    select: {
      id: true,
      suspended: true,
      buriedUntil: true,
      leech: true,
      question: { select: { prompt: true, lesson: { select: { number: true, title: true } } } },
    },
  });
  return {
    more: rows.length > PARKED_LIMIT,
    cards: rows.slice(0, PARKED_LIMIT).map((c) => ({
      id: c.id,
      prompt: c.question.prompt,
      lesson: `${c.question.lesson.number}. ${c.question.lesson.title}`,
      suspended: c.suspended,
      leech: c.leech,
      buriedUntil: c.buriedUntil && c.buriedUntil > now ? c.buriedUntil.toISOString() : null,
    })),
  };
}
export type TParkedCard = Awaited<ReturnType<typeof listParked>>["cards"][number];
