// Starting an interview: load what selection needs (bounded reads), pick, and
// create the session with every question's row; the first is shown now.
import { randomInt } from "node:crypto";
import type { TDb } from "@/lib/db/client";
import { deadlineFor, latestEnd } from "./deadline-rules";
import { DomainError } from "@/lib/errors/domain-error";
import { finishInterview } from "./finish-interview";
import { isMissed } from "./score-interview";
import { mulberry32 } from "@/lib/random/seeded-random";
import { selectQuestions, type TCandidate, type TPickMode } from "./select-questions";
import type { TStartInterview } from "./schemas";
import { owned } from "@/lib/db/owned";
import { findDeckToStudy } from "@/lib/decks/access";

export type TInterviewUser = { id: string; fsrsWeights: string | null };
// The typed answers looked at for "last answer was the common wrong answer": recent ones suffice.
const RECENT_TYPED = 2_000;

type TCreate = {
  questionIds: string[];
  secondsPerQuestion: number;
  mode: TPickMode | "retry";
  scope: string[];
  includeRecall: boolean;
  seed: number;
  retryOfId?: string;
};

/** Creates the session and its rows in one transaction; any running interview of the user is ended first. */
export async function createInterview(db: TDb, userId: string, c: TCreate, now: Date) {
  const mine = owned(db, userId);
  const running = await mine.interviewSession.findMany({
    where: { status: "running" },
    select: { id: true },
    take: 10,
  });
  for (const r of running) await finishInterview(db, userId, r.id, now);
  const [session] = await db.$transaction(async (tx) => {
    const t = owned(tx, userId);
    const s = await t.interviewSession.create({
      data: {
        userId,
        questionCount: c.questionIds.length,
        secondsPerQuestion: c.secondsPerQuestion,
        startedAt: now,
        endsAt: latestEnd(now, c.questionIds.length, c.secondsPerQuestion),
        mode: c.mode,
        scope: JSON.stringify(c.scope),
        includeRecall: c.includeRecall,
        seed: c.seed,
        retryOfId: c.retryOfId ?? null,
      },
      select: { id: true },
    });
    await t.interviewAnswer.createMany({
      data: c.questionIds.map((questionId, position) => ({
        sessionId: s.id,
        userId,
        questionId,
        position,
        ...(position === 0 ? { shownAt: now, deadline: deadlineFor(now, c.secondsPerQuestion) } : {}),
      })),
    });
    return [s];
  });
  return session.id;
}

async function resolveScope(db: TDb, slugs: string[] | undefined) {
  if (!slugs?.length) return { lessonIds: undefined, scope: [] as string[] };
  const unique = [...new Set(slugs)];
  const found = await db.lesson.findMany({
    where: { slug: { in: unique }, retired: false },
    select: { id: true, slug: true },
  });
  const missing = unique.filter((s) => !found.some((l) => l.slug === s));
  if (missing.length) {
    throw new DomainError("invalid", `lessons: no chapter ${missing.slice(0, 3).join(", ")}`, {
      fields: { lessons: [`No chapter “${missing[0]}”.`] },
    });
  }
  return { lessonIds: found.map((l) => l.id), scope: unique };
}

async function whyNothing(db: TDb, includeRecall: boolean, scoped: "chapters" | "decks" | null) {
  const live = await db.question.count({ where: { retired: false } });
  if (!live)
    return "No chapters are imported yet, so there is nothing to ask. Import the course (npm run content -- import).";
  if (scoped)
    return includeRecall
      ? `The chosen ${scoped} have no questions.`
      : `The chosen ${scoped} have no interview questions; include recall questions, or choose other ${scoped}.`;
  return includeRecall
    ? "There are no questions to ask."
    : "There are no interview questions yet; include recall questions.";
}

// The candidate pools, each a bounded read that an index serves, so starting an
// interview costs the same for 300 cards or 100,000 (README "Mock interviews").
export const POOLS = { overdue: 1_000, lapsed: 200, leeches: 100, windows: 5, window: 60 } as const;
const CANDIDATE_SELECT = {
  id: true,
  questionId: true,
  state: true,
  stability: true,
  lapses: true,
  lastReview: true,
  leech: true,
  suspended: true,
} as const;
type TCardRow = {
  id: string;
  questionId: string;
  state: number;
  stability: number;
  lapses: number;
  lastReview: Date | null;
  leech: boolean;
  suspended: boolean;
};

/**
 * Loads candidates for the pure selection, scoped by owner and scope:
 * the 1,000 seen cards due longest ago (retrievability falls as a card grows
 * overdue, so the weakest are among them), the 200 most overdue cards with a
 * lapse, up to 100 leeches, the cards whose last typed answer (among the
 * newest 2,000) was the common wrong answer, and 5 windows of 60 cards in
 * course order at seeded random places, of unseen cards and of review cards
 * (the unseen share, and what Random picks from).
 */
export async function loadCandidates(
  db: TDb,
  userId: string,
  lessonIds: string[] | undefined,
  includeRecall: boolean,
  seed = 0,
  deckIds?: string[],
) {
  const mine = owned(db, userId);
  const kinds = includeRecall ? ["interview", "recall"] : ["interview"];
  // Every question is in scope when recall is included and no chapter is chosen: no join then.
  const everything = includeRecall && !lessonIds;
  const question = { kind: { in: kinds }, ...(lessonIds ? { lessonId: { in: lessonIds } } : {}) };
  // Card.deckId copies its question's deck, so picking decks needs no join either.
  const live = {
    userId,
    retired: false,
    ...(deckIds ? { deckId: { in: deckIds } } : {}),
    ...(everything ? {} : { question }),
  };
  const seen = { ...live, state: { in: [1, 2, 3] }, suspended: false };
  const rand = mulberry32(seed ^ 0x5eed);
  const windows = async (state: number) => {
    const where = { ...live, state, suspended: false };
    const [first, last] = await Promise.all([
      mine.card.findFirst({ where, orderBy: { newOrder: "asc" }, select: { newOrder: true } }),
      mine.card.findFirst({ where, orderBy: { newOrder: "desc" }, select: { newOrder: true } }),
    ]);
    if (!first || !last) return [];
    const span = last.newOrder - first.newOrder + 1;
    const froms = Array.from({ length: POOLS.windows }, () => first.newOrder + Math.floor(rand() * span));
    const got = await Promise.all(
      froms.map(async (from) => {
        const rows = await mine.card.findMany({
          where: { ...where, newOrder: { gte: from } },
          orderBy: { newOrder: "asc" },
          take: POOLS.window,
          select: CANDIDATE_SELECT,
        });
        // Near the end of the course the window wraps around to its start.
        return rows.length < POOLS.window
          ? [
              ...rows,
              ...(await mine.card.findMany({
                where,
                orderBy: { newOrder: "asc" },
                take: POOLS.window - rows.length,
                select: CANDIDATE_SELECT,
              })),
            ]
          : rows;
      }),
    );
    return got.flat();
  };
  const [overdue, lapsed, leeches, unseen, reviewed, typed, recentInterview] = await Promise.all([
    mine.card.findMany({ where: seen, orderBy: { due: "asc" }, take: POOLS.overdue, select: CANDIDATE_SELECT }),
    mine.card.findMany({
      where: { ...seen, lapses: { gte: 1 } },
      orderBy: { due: "asc" },
      take: POOLS.lapsed,
      select: CANDIDATE_SELECT,
    }),
    // Leeches are suspended: the suspended range of the queue index holds them (no order,
    // or the planner walks the due index through every card instead).
    mine.card.findMany({
      where: { ...live, state: { in: [1, 2, 3] }, suspended: true, leech: true },
      take: POOLS.leeches,
      select: CANDIDATE_SELECT,
    }),
    windows(0),
    windows(2),
    mine.reviewLog.findMany({
      where: { undone: false, verdict: { not: null } },
      orderBy: { review: "desc" },
      take: RECENT_TYPED,
      select: { cardId: true, verdict: true },
    }),
    mine.interviewSession.findFirst({
      where: { status: "finished" },
      orderBy: { startedAt: "desc" },
      select: {
        answers: {
          select: { questionId: true, score: true, verdict: true, timedOut: true, skipped: true, answeredAt: true },
        },
      },
    }),
  ]);
  // The newest typed review of each card decides (logs come newest first).
  const lastWrong = new Map<string, boolean>();
  for (const l of typed) if (!lastWrong.has(l.cardId)) lastWrong.set(l.cardId, l.verdict === "common-wrong-answer");
  const wrongIds = [...lastWrong].filter(([, wrong]) => wrong).map(([id]) => id);
  const wrong = wrongIds.length
    ? await mine.card.findMany({ where: { ...live, id: { in: wrongIds } }, select: CANDIDATE_SELECT })
    : [];
  const byQuestion = new Map<string, TCardRow>();
  for (const c of [...overdue, ...lapsed, ...leeches, ...wrong, ...unseen, ...reviewed])
    byQuestion.set(c.questionId, c);
  const candidates: TCandidate[] = [...byQuestion.values()].map((c) => ({
    questionId: c.questionId,
    card: {
      state: c.state,
      stability: c.stability,
      lapses: c.lapses,
      lastReview: c.lastReview,
      leech: c.leech,
      suspended: c.suspended,
    },
    lastAnswerWrong: lastWrong.get(c.id) ?? false,
  }));
  const previous = (recentInterview?.answers ?? []).map((a) => ({ questionId: a.questionId, missed: isMissed(a) }));
  return { candidates, previous };
}

/** The chosen decks, each one the user studies: any other is "not found" (never its questions). */
async function resolveDecks(db: TDb, userId: string, deckIds: string[] | undefined) {
  if (!deckIds) return undefined;
  const unique = [...new Set(deckIds)];
  for (const id of unique) await findDeckToStudy(db, userId, id);
  return unique;
}

export async function startInterview(
  db: TDb,
  user: TInterviewUser,
  input: TStartInterview,
  now: Date,
  seed = randomInt(2 ** 31),
) {
  const includeRecall = input.includeRecall ?? false;
  const deckIds = await resolveDecks(db, user.id, input.deckIds);
  const { lessonIds, scope } = await resolveScope(db, input.lessons);
  const { candidates, previous } = await loadCandidates(db, user.id, lessonIds, includeRecall, seed, deckIds);
  const weights = user.fsrsWeights ? (JSON.parse(user.fsrsWeights) as number[]) : null;
  const questionIds = selectQuestions({
    candidates,
    previous,
    mode: input.mode,
    count: input.count,
    now,
    seed,
    weights,
  });
  if (!questionIds.length) {
    throw new DomainError(
      "invalid",
      await whyNothing(db, includeRecall, lessonIds ? "chapters" : deckIds ? "decks" : null),
      { status: 422, apiCode: "no_questions" },
    );
  }
  return createInterview(
    db,
    user.id,
    { questionIds, secondsPerQuestion: input.secondsPerQuestion, mode: input.mode, scope, includeRecall, seed },
    now,
  );
}
