// The review queue for one user at `now`. Every query is scoped by userId.
import type { TDb } from "@/lib/db/client";
import { buildQueue, type TQueueCandidate } from "./build-queue";
import { getDailyCounts } from "./daily-counts";
import { makeScheduler, previewDue, toFsrsCard, type TSchedulerSettings } from "./scheduler";
import { userDay, type TUserClock } from "./user-day";
import { formatInterval } from "./format-interval";

export type TQueueUser = TUserClock & TSchedulerSettings & { id: string; newPerDay: number; reviewsPerDay: number };
// Learning steps due within this window are shown rather than making someone wait (Anki's learn-ahead).
const LEARN_AHEAD_MS = 20 * 60_000;
const MAX_CANDIDATES = 1_000;

const CARD_SELECT = {
  id: true, version: true, due: true, stability: true, difficulty: true, elapsedDays: true, scheduledDays: true,
  learningSteps: true, reps: true, lapses: true, state: true, lastReview: true,
  question: { select: { kind: true, prompt: true, lesson: { select: { slug: true, number: true, title: true } } } },
} as const;

type TQueueOptions = { lessonSlug?: string; take?: number; /** shown first when queued (the card just undone) */ pinFirst?: string };

export async function getQueue(db: TDb, user: TQueueUser, now: Date, opts: TQueueOptions = {}) {
  const { start, end } = userDay(user, now);
  const drill = opts.lessonSlug !== undefined;
  const counts = await getDailyCounts(db, user.id, start);
  // A chapter drill is asked for explicitly, so daily limits do not cut it short.
  const newLeft = drill ? MAX_CANDIDATES : Math.max(0, user.newPerDay - counts.newDone);
  const reviewsLeft = drill ? MAX_CANDIDATES : Math.max(0, user.reviewsPerDay - counts.reviewsDone);
  const base = {
    userId: user.id, suspended: false, retired: false,
    OR: [{ buriedUntil: null }, { buriedUntil: { lte: now } }],
    ...(drill ? { question: { lesson: { slug: opts.lessonSlug } } } : {}),
  };
  const [learning, reviews, fresh, reviewTotal, newTotal] = await Promise.all([
    db.card.findMany({ where: { ...base, state: { in: [1, 3] }, due: { lte: new Date(now.getTime() + LEARN_AHEAD_MS) } }, orderBy: { due: "asc" }, take: MAX_CANDIDATES, select: CARD_SELECT }),
    db.card.findMany({ where: { ...base, state: 2, due: { lt: end } }, orderBy: { due: "asc" }, take: Math.min(reviewsLeft, MAX_CANDIDATES), select: CARD_SELECT }),
    db.card.findMany({ where: { ...base, state: 0 }, orderBy: { newOrder: "asc" }, take: Math.min(newLeft, MAX_CANDIDATES), select: CARD_SELECT }),
    db.card.count({ where: { ...base, state: 2, due: { lt: end } } }),
    db.card.count({ where: { ...base, state: 0 } }),
  ]);
  const f = makeScheduler(user);
  const all = new Map([...learning, ...reviews, ...fresh].map((c) => [c.id, c]));
  const candidate = (c: (typeof learning)[number]): TQueueCandidate => ({
    id: c.id, state: c.state, due: c.due, // A review card always has a last review; guard anyway so one odd row cannot break the queue.
    retrievability: c.state === 2 && c.lastReview ? f.get_retrievability(toFsrsCard(c), now, false) : 0,
  });
  const built = buildQueue(learning.map(candidate), reviews.map(candidate), fresh.map(candidate), now);
  const pinned = built.filter((c) => c.id === opts.pinFirst);
  const order = [...pinned, ...built.filter((c) => c.id !== opts.pinFirst)];
  const cards = order.slice(0, opts.take ?? 20).map((q) => {
    const c = all.get(q.id)!;
    const due = previewDue(f, c, now);
    return {
      id: c.id, version: c.version, state: c.state, due: c.due.toISOString(),
      kind: c.question.kind, prompt: c.question.prompt, lesson: c.question.lesson,
      intervals: { 1: formatInterval(now, due[1]), 2: formatInterval(now, due[2]), 3: formatInterval(now, due[3]), 4: formatInterval(now, due[4]) },
    };
  });
  return {
    now: now.toISOString(),
    counts: {
      learning: learning.length,
      due: Math.min(reviewTotal, reviewsLeft),
      new: Math.min(newTotal, newLeft),
      reviewsDoneToday: counts.reviewsDone,
      newDoneToday: counts.newDone,
    },
    total: order.length,
    cards,
  };
}
export type TQueue = Awaited<ReturnType<typeof getQueue>>;
export type TQueueCard = TQueue["cards"][number];
