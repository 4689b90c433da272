import "server-only";
// Every read the Stats page makes, with explicit columns, scoped by userId.
// Wrapped in React's cache(): widgets that need the same rows (a year of
// logs, the user's cards) share one query per request.
import { cache } from "react";
import { db } from "@/lib/db";
import { readOverrideRows, readWrongAnswerRows } from "./read-answer-groups";
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
export const readWrongAnswerCounts = (userId: string) => readWrongAnswerRows(db(), userId);

/** Reviews where the scorer suggested a rating, by chapter, chosen and suggested rating. */
export const readOverrideGroups = (userId: string) => readOverrideRows(db(), userId);

/** Finished mock interviews with a score, most recent last. */
export async function readInterviewScores(userId: string) {
  const rows = await db().interviewSession.findMany({
    where: { userId, finishedAt: { not: null }, score: { not: null } },
    select: { finishedAt: true, score: true }, orderBy: { finishedAt: "desc" }, take: MAX_INTERVIEWS,
  });
  return rows.reverse().map((r) => ({ finishedAt: r.finishedAt!, score: r.score! }));
}
