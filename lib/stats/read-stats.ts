import "server-only";
// Every read the Stats page makes, with explicit columns, scoped by userId.
// Wrapped in React's cache(): widgets that need the same rows (a year of
// logs, the user's cards) share one query per request.
import { cache } from "react";
import { db } from "@/lib/db";
import { readOverrideRows, readWrongAnswerRows } from "./read-answer-groups";
import { readDayStateGroups, readRetentionGroups, readUnstampedLogs } from "./read-day-groups";
import { studyableBy } from "@/lib/decks/access";
import { owned } from "@/lib/db/owned";
import { Prisma } from "@/lib/db/generated/sqlite/client";

const YEAR_MS = 366 * 86_400_000;
const MAX_INTERVIEWS = 200;

/** Reviews per day from `fromDay`, as SQL aggregates, plus the year's logs that have no stored day. */
export const readDayGroups = cache(async (userId: string, fromDay: string, nowMs: number, deckId?: string) => {
  const [groups, unstamped] = await Promise.all([
    readDayStateGroups(db(), userId, fromDay, deckId),
    readUnstampedYearLogs(userId, nowMs, deckId),
  ]);
  return { groups, unstamped };
});

/** True retention's first-of-day tests from `fromDay`, as SQL aggregates, plus unstamped logs. */
export const readRetention = cache(async (userId: string, fromDay: string, nowMs: number, deckId?: string) => {
  const [groups, unstamped] = await Promise.all([
    readRetentionGroups(db(), userId, fromDay, deckId),
    readUnstampedYearLogs(userId, nowMs, deckId),
  ]);
  return { groups, unstamped };
});

const readUnstampedYearLogs = cache((userId: string, nowMs: number, deckId?: string) =>
  readUnstampedLogs(db(), userId, new Date(nowMs - YEAR_MS), deckId),
);

/** Days with at least one review, all of them: streaks have no cap. One row per day. */
export const readActiveDays = cache((userId: string) =>
  owned(db(), userId).dailyActivity.findMany({ where: { reviews: { gt: 0 } }, select: { day: true, reviews: true } }),
);

type TRawCard = {
  id: string;
  questionId: string;
  lessonId: string;
  state: unknown;
  due: unknown;
  stability: unknown;
  difficulty: unknown;
  lastReview: unknown;
  lapses: unknown;
  suspended: unknown;
  leech: unknown;
  buriedUntil: unknown;
};
// SQLite hands back DATETIME text and 0/1 for booleans, PostgreSQL Dates and booleans.
const asDate = (v: unknown) =>
  v === null || v === undefined ? null : v instanceof Date ? v : new Date(v as string | number);

/** The user's live cards with their chapter (one join, instead of reading every question). */
export const readCards = cache(async (userId: string, deckId?: string) => {
  const rows = await db().$queryRaw<TRawCard[]>`
    SELECT c."id", c."questionId", q."lessonId", c."state", c."due", c."stability", c."difficulty", c."lastReview",
           c."lapses", c."suspended", c."leech", c."buriedUntil"
    FROM "Card" c JOIN "Question" q ON q."id" = c."questionId"
    WHERE c."userId" = ${userId} AND NOT c."retired" ${deckId ? Prisma.sql`AND c."deckId" = ${deckId}` : Prisma.empty}`;
  return rows.map((r) => ({
    id: r.id,
    questionId: r.questionId,
    lessonId: r.lessonId,
    state: Number(r.state),
    due: asDate(r.due)!,
    stability: Number(r.stability),
    difficulty: Number(r.difficulty),
    lastReview: asDate(r.lastReview),
    lapses: Number(r.lapses),
    suspended: Boolean(r.suspended),
    leech: Boolean(r.leech),
    buriedUntil: asDate(r.buriedUntil),
  }));
});

/** Live chapters of the decks the user studies, in course order. */
export const readLessons = cache((userId: string, deckId?: string) =>
  db().lesson.findMany({
    where: { retired: false, deck: studyableBy(userId), ...(deckId ? { deckId } : {}) },
    select: { id: true, number: true, title: true },
    orderBy: { number: "asc" },
  }),
);

/** How often each card's answer matched its question's common wrong answer. */
export const readWrongAnswerCounts = (userId: string, deckId?: string) => readWrongAnswerRows(db(), userId, deckId);

/** Reviews where the scorer suggested a rating, by chapter, chosen and suggested rating. */
export const readOverrideGroups = (userId: string, deckId?: string) => readOverrideRows(db(), userId, deckId);

/** Finished mock interviews with a score, most recent last; one ended early is no measure of skill, so left out. */
export async function readInterviewScores(userId: string) {
  const rows = await owned(db(), userId).interviewSession.findMany({
    where: { finishedAt: { not: null }, score: { not: null }, endedEarly: false },
    select: { finishedAt: true, score: true },
    orderBy: { finishedAt: "desc" },
    take: MAX_INTERVIEWS,
  });
  return rows.reverse().map((r) => ({ finishedAt: r.finishedAt!, score: r.score! }));
}
