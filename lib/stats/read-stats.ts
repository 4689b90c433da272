import "server-only";
// Every read the Stats page makes, with explicit columns, scoped by userId.
// Wrapped in React's cache(): widgets that need the same rows (a year of
// logs, the user's cards) share one query per request.
import { cache } from "react";
import { db } from "@/lib/db";
import { readDayStateGroups, readRetentionGroups, readUnstampedLogs } from "./read-day-groups";

const YEAR_MS = 366 * 86_400_000;
const MAX_INTERVIEWS = 200;

/** Reviews per day from `fromDay`, as SQL aggregates, plus the year's logs that have no stored day. */
export const readDayGroups = cache(async (userId: string, fromDay: string, nowMs: number) => {
  const [groups, unstamped] = await Promise.all([readDayStateGroups(db(), userId, fromDay), readUnstampedYearLogs(userId, nowMs)]);
  return { groups, unstamped };
});

/** True retention's first-of-day tests from `fromDay`, as SQL aggregates, plus unstamped logs. */
export const readRetention = cache(async (userId: string, fromDay: string, nowMs: number) => {
  const [groups, unstamped] = await Promise.all([readRetentionGroups(db(), userId, fromDay), readUnstampedYearLogs(userId, nowMs)]);
  return { groups, unstamped };
});

const readUnstampedYearLogs = cache((userId: string, nowMs: number) => readUnstampedLogs(db(), userId, new Date(nowMs - YEAR_MS)));

/** Days with at least one review, all of them: streaks have no cap. One row per day. */
export const readActiveDays = cache((userId: string) =>
  db().dailyActivity.findMany({ where: { userId, reviews: { gt: 0 } }, select: { day: true, reviews: true } }),
);

export const readCards = cache((userId: string) =>
  db().card.findMany({
    where: { userId, retired: false },
    select: {
      id: true, questionId: true, state: true, due: true, stability: true, difficulty: true, lastReview: true,
      lapses: true, suspended: true, leech: true, buriedUntil: true,
    },
  }),
);

/** Live chapters and which chapter each question belongs to. */
export const readCourse = cache(async () => {
  const [lessons, questions] = await Promise.all([
    db().lesson.findMany({ where: { retired: false }, select: { id: true, number: true, title: true }, orderBy: { number: "asc" } }),
    db().question.findMany({ select: { id: true, lessonId: true } }),
  ]);
  return { lessons, lessonOfQuestion: new Map(questions.map((q) => [q.id, q.lessonId])) };
});

/** How often each card's answer matched its question's common wrong answer. */
export async function readWrongAnswerCounts(userId: string) {
  const groups = await db().reviewLog.groupBy({
    by: ["cardId"], where: { userId, undone: false, verdict: "common-wrong-answer" }, _count: { _all: true },
  });
  if (!groups.length) return [];
  const cards = await db().card.findMany({
    where: { userId, id: { in: groups.map((g) => g.cardId) } },
    select: { id: true, question: { select: { lessonId: true, prompt: true, wrongAnswer: true } } },
  });
  const byId = new Map(cards.map((c) => [c.id, c.question]));
  return groups.flatMap((g) => {
    const q = byId.get(g.cardId);
    return q?.wrongAnswer ? [{ lessonId: q.lessonId, prompt: q.prompt, wrongAnswer: q.wrongAnswer, count: g._count._all }] : [];
  });
}

/** Reviews where the scorer suggested a rating, grouped by card, chosen and suggested rating. */
export async function readOverrideGroups(userId: string) {
  const [groups, cards, course] = await Promise.all([
    db().reviewLog.groupBy({
      by: ["cardId", "rating", "suggestedRating"],
      where: { userId, undone: false, suggestedRating: { not: null } },
      _count: { _all: true, score: true }, _sum: { score: true },
    }),
    readCards(userId),
    readCourse(),
  ]);
  const questionOf = new Map(cards.map((c) => [c.id, c.questionId]));
  return groups.flatMap((g) => {
    const lessonId = course.lessonOfQuestion.get(questionOf.get(g.cardId) ?? "");
    return lessonId && g.suggestedRating !== null
      ? [{ lessonId, rating: g.rating, suggestedRating: g.suggestedRating, count: g._count._all, scoreSum: g._sum.score ?? 0, scored: g._count.score }]
      : [];
  });
}

/** Finished mock interviews with a score, most recent last. */
export async function readInterviewScores(userId: string) {
  const rows = await db().interviewSession.findMany({
    where: { userId, finishedAt: { not: null }, score: { not: null } },
    select: { finishedAt: true, score: true }, orderBy: { finishedAt: "desc" }, take: MAX_INTERVIEWS,
  });
  return rows.reverse().map((r) => ({ finishedAt: r.finishedAt!, score: r.score! }));
}
