// The card browser: one page of the user's cards, filtered and sorted. Every
// query goes through owned() (lib/db/owned.ts). Retrievability is not a column (it depends on
// now), so that sort reads a bounded candidate set of the cheap columns,
// computes it, and loads the page's rows by id.
import type { TDb } from "@/lib/db/client";
import { makeRetrievability } from "@/lib/stats/retrievability";
import { CARD_STATES, PAGE_SIZE, type TCardQuery } from "./browse-schema";
import { owned } from "@/lib/db/owned";

export const MAX_RETRIEVABILITY_CANDIDATES = 20_000;

const ROW_SELECT = {
  id: true,
  state: true,
  due: true,
  stability: true,
  difficulty: true,
  lapses: true,
  reps: true,
  lastReview: true,
  suspended: true,
  leech: true,
  buriedUntil: true,
  question: { select: { prompt: true, kind: true, lesson: { select: { slug: true, number: true, title: true } } } },
} as const;

export type TBrowseUser = { id: string; fsrsWeights: string | null };

function whereOf(q: TCardQuery, now: Date, insensitive: boolean) {
  return {
    retired: false,
    // Cards are the user's own, so any deck id only narrows them.
    ...(q.deck ? { deckId: q.deck } : {}),
    ...(q.state ? { state: CARD_STATES.indexOf(q.state) } : {}),
    ...(q.flag === "suspended"
      ? { suspended: true }
      : q.flag === "leech"
        ? { leech: true }
        : q.flag === "buried"
          ? { buriedUntil: { gt: now } }
          : {}),
    ...(q.q || q.chapter
      ? {
          question: {
            // SQLite's LIKE is already case-insensitive; PostgreSQL needs to be asked.
            ...(q.q
              ? { prompt: { contains: q.q, ...(insensitive ? { mode: "insensitive" } : {}) } as { contains: string } }
              : {}),
            ...(q.chapter ? { lesson: { slug: q.chapter } } : {}),
          },
        }
      : {}),
  };
}

export async function browseCards(
  db: TDb,
  user: TBrowseUser,
  q: TCardQuery,
  now: Date,
  opts: { insensitive: boolean },
) {
  const mine = owned(db, user.id);
  const where = whereOf(q, now, opts.insensitive);
  const r = makeRetrievability(user.fsrsWeights);
  const skip = (q.page - 1) * PAGE_SIZE;
  const total = await mine.card.count({ where });
  let rows;
  if (q.sort === "retrievability") {
    const candidates = await mine.card.findMany({
      where,
      select: { id: true, state: true, stability: true, lastReview: true },
      orderBy: { due: "asc" },
      take: MAX_RETRIEVABILITY_CANDIDATES,
    });
    // Unreviewed cards have no retrievability: they go last either way.
    const key = (c: (typeof candidates)[number]) => r(c, now);
    const sign = q.dir === "asc" ? 1 : -1;
    const ranked = candidates
      .map((c) => ({ id: c.id, r: key(c) }))
      .sort((a, b) => (a.r === null ? 1 : 0) - (b.r === null ? 1 : 0) || sign * ((a.r ?? 0) - (b.r ?? 0)));
    const ids = ranked.slice(skip, skip + PAGE_SIZE).map((c) => c.id);
    const byId = new Map(
      (await mine.card.findMany({ where: { id: { in: ids } }, select: ROW_SELECT })).map((c) => [c.id, c]),
    );
    rows = ids.map((id) => byId.get(id)!).filter(Boolean);
  } else if (q.sort === "due" && !q.state) {
    // Studied cards first by due (what a person looks for), New cards after them in
    // course order: a New card's due is only when it was added, so sorted in with
    // the rest 50 untouched cards hid the ones studied.
    const studiedWhere = { ...where, state: { not: 0 } };
    const studied = await mine.card.count({ where: studiedWhere });
    const first =
      skip < studied
        ? await mine.card.findMany({
            where: studiedWhere,
            select: ROW_SELECT,
            orderBy: [{ due: q.dir }, { id: "asc" }],
            skip,
            take: PAGE_SIZE,
          })
        : [];
    const more = PAGE_SIZE - first.length;
    const fresh =
      more > 0
        ? await mine.card.findMany({
            where: { ...where, state: 0 },
            select: ROW_SELECT,
            orderBy: [{ newOrder: "asc" }, { id: "asc" }],
            skip: Math.max(0, skip - studied),
            take: more,
          })
        : [];
    rows = [...first, ...fresh];
  } else {
    rows = await mine.card.findMany({
      where,
      select: ROW_SELECT,
      orderBy: [{ [q.sort]: q.dir }, { id: "asc" }],
      skip,
      take: PAGE_SIZE,
    });
  }
  return {
    total,
    page: q.page,
    pages: Math.max(1, Math.ceil(total / PAGE_SIZE)),
    capped: q.sort === "retrievability" && total > MAX_RETRIEVABILITY_CANDIDATES,
    rows: rows.map((c) => ({
      id: c.id,
      prompt: c.question.prompt,
      kind: c.question.kind,
      lesson: c.question.lesson,
      state: c.state,
      due: c.due.toISOString(),
      stability: c.stability,
      difficulty: c.difficulty,
      lapses: c.lapses,
      reps: c.reps,
      retrievability: r(c, now),
      suspended: c.suspended,
      leech: c.leech,
      buried: c.buriedUntil !== null && c.buriedUntil > now,
    })),
  };
}
export type TCardRow = Awaited<ReturnType<typeof browseCards>>["rows"][number];
