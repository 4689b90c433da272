// The review queue for one user at `now`. Every card is read through owned(): the owner is in every where.
import type { TDb } from "@/lib/db/client";
import { owned } from "@/lib/db/owned";
import { buildQueue, type TQueueCandidate } from "./build-queue";
import { getDailyCounts } from "./daily-counts";
import { makeScheduler, previewDue, toFsrsCard, type TSchedulerSettings } from "./scheduler";
import { userDay, type TUserClock } from "./user-day";
import { formatInterval } from "./format-interval";
import { learnAheadUntil, leftToday } from "./due-rules";

export type TQueueUser = TUserClock & TSchedulerSettings & { id: string; newPerDay: number; reviewsPerDay: number };
// Who is due, and what a daily limit leaves, is defined once in due-rules.ts (Today and Lessons use it too).
const MAX_CANDIDATES = 1_000;

// Candidates carry only what ordering needs (reviews: what retrievability needs);
// question text is read for the cards actually shown, not for up to 2,000 candidates.
const ORDER_SELECT = { id: true, state: true, due: true } as const;
const FSRS_SELECT = {
  ...ORDER_SELECT,
  stability: true,
  difficulty: true,
  elapsedDays: true,
  scheduledDays: true,
  learningSteps: true,
  reps: true,
  lapses: true,
  lastReview: true,
} as const;
const SHOWN_SELECT = {
  ...FSRS_SELECT,
  version: true,
  question: { select: { kind: true, prompt: true, lesson: { select: { slug: true, number: true, title: true } } } },
} as const;

type TQueueOptions = {
  lessonSlug?: string;
  /** one deck's cards (the caller checks the user studies it) */ deckId?: string;
  take?: number;
  /** shown first when queued (the card just undone) */ pinFirst?: string;
};

export async function getQueue(db: TDb, user: TQueueUser, now: Date, opts: TQueueOptions = {}) {
  const { start, end } = userDay(user, now);
  const drill = opts.lessonSlug !== undefined;
  const mine = owned(db, user.id);
  const base = {
    suspended: false,
    retired: false,
    OR: [{ buriedUntil: null }, { buriedUntil: { lte: now } }],
    ...(drill ? { question: { lesson: { slug: opts.lessonSlug } } } : {}),
    ...(opts.deckId ? { deckId: opts.deckId } : {}),
  };
  const learnUntil = learnAheadUntil(now);
  const learnWhere = (state: 1 | 3) => ({ ...base, state, due: { lte: learnUntil } });
  const take = opts.take ?? 20;
  // Each list is an ordered range of @@index([userId, state, suspended, retired, due, …]).
  // Learning cards are shown in due order (due ones first, the learn-ahead ones last), so
  // the first `take` of each learning state are all that can be shown; the rest are counted.
  // They do not depend on today's counts, so they ride along with that query.
  const [counts, learning1, learning3] = await Promise.all([
    getDailyCounts(db, user.id, start, user.newPerDay + 1),
    mine.card.findMany({ where: learnWhere(1), orderBy: { due: "asc" }, take, select: ORDER_SELECT }),
    mine.card.findMany({ where: learnWhere(3), orderBy: { due: "asc" }, take, select: ORDER_SELECT }),
  ]);
  // A chapter drill is asked for explicitly, so daily limits do not cut it short.
  const newLeft = drill ? MAX_CANDIDATES : leftToday(user.newPerDay, counts.newDone);
  const reviewsLeft = drill ? MAX_CANDIDATES : leftToday(user.reviewsPerDay, counts.reviewsDone);
  const reviewWhere = { ...base, state: 2, due: { lt: end } };
  const newWhere = { ...base, state: 0 };
  // What the queue holds, capped by what is left today: a list that came back shorter
  // than asked is its own count; a full one is counted in the database (without a
  // `take`: Prisma pages a count by sorting on id, ~7 ms for 1,000 rows).
  type TWhere = typeof reviewWhere | typeof newWhere | ReturnType<typeof learnWhere>;
  const capped = async (got: number, asked: number, left: number, where: TWhere) =>
    got < asked || left <= asked ? got : Math.min(left, await mine.card.count({ where }));
  const [reviews, fresh, learning1Count, learning3Count] = await Promise.all([
    mine.card.findMany({
      where: reviewWhere,
      orderBy: { due: "asc" },
      take: Math.min(reviewsLeft, MAX_CANDIDATES),
      select: FSRS_SELECT,
    }),
    mine.card.findMany({
      where: newWhere,
      orderBy: { newOrder: "asc" },
      take: Math.min(newLeft, MAX_CANDIDATES),
      select: ORDER_SELECT,
    }),
    capped(learning1.length, take, MAX_CANDIDATES, learnWhere(1)),
    capped(learning3.length, take, MAX_CANDIDATES, learnWhere(3)),
  ]);
  const [dueCount, newCount] = await Promise.all([
    capped(reviews.length, MAX_CANDIDATES, reviewsLeft, reviewWhere),
    capped(fresh.length, MAX_CANDIDATES, newLeft, newWhere),
  ]);
  const learningCount = Math.min(MAX_CANDIDATES, learning1Count + learning3Count);

  const f = makeScheduler(user);
  const candidate = (c: { id: string; state: number; due: Date }, r = 0): TQueueCandidate => ({
    id: c.id,
    state: c.state,
    due: c.due,
    retrievability: r,
  });
  const built = buildQueue(
    [...learning1, ...learning3].map((c) => candidate(c)),
    // A review card always has a last review; the guard keeps one odd row from breaking the queue.
    reviews.map((c) => candidate(c, c.lastReview ? f.get_retrievability(toFsrsCard(c), now, false) : 0)),
    fresh.map((c) => candidate(c)),
    now,
  );
  // The card just undone goes first even when it is a learning card past the fetched ones.
  const missingPin =
    opts.pinFirst && !built.some((c) => c.id === opts.pinFirst)
      ? await mine.card.findFirst({ where: { ...base, id: opts.pinFirst }, select: ORDER_SELECT })
      : null;
  if (missingPin) built.unshift(candidate(missingPin));
  const pinned = built.filter((c) => c.id === opts.pinFirst);
  const order = [...pinned, ...built.filter((c) => c.id !== opts.pinFirst)];
  const shownIds = order.slice(0, take).map((c) => c.id);
  // The owner is in the where (never filtered afterwards): another user's id simply matches nothing.
  const rows = shownIds.length
    ? await mine.card.findMany({ where: { id: { in: shownIds } }, select: SHOWN_SELECT })
    : [];
  const byId = new Map(rows.map((c) => [c.id, c]));
  const cards = shownIds.flatMap((id) => {
    const c = byId.get(id);
    if (!c) return [];
    const next = previewDue(f, c, now);
    return [
      {
        id: c.id,
        version: c.version,
        state: c.state,
        due: c.due.toISOString(),
        kind: c.question.kind,
        prompt: c.question.prompt,
        lesson: c.question.lesson,
        intervals: {
          1: formatInterval(now, next[1]),
          2: formatInterval(now, next[2]),
          3: formatInterval(now, next[3]),
          4: formatInterval(now, next[4]),
        },
      },
    ];
  });
  // Said when the session is over: when the next card (any kind but new) comes back.
  const nextDue =
    cards.length === 0
      ? ((
          await mine.card.findFirst({
            where: { suspended: false, retired: false, state: { not: 0 }, due: { gt: now } },
            orderBy: { due: "asc" },
            select: { due: true },
          })
        )?.due.toISOString() ?? null)
      : null;
  return {
    now: now.toISOString(),
    counts: {
      learning: learningCount,
      due: dueCount,
      new: newCount,
      reviewsDoneToday: counts.reviewsDone,
      newDoneToday: counts.newDone,
    },
    /** Every review today, learning steps included (what Today shows as "answered today"). */
    doneToday: counts.allDone,
    // Learning cards past the fetched ones count too; a pinned card is already in one count.
    total: learningCount + reviews.length + fresh.length,
    cards,
    nextDue,
  };
}
export type TQueue = Awaited<ReturnType<typeof getQueue>>;
export type TQueueCard = TQueue["cards"][number];
