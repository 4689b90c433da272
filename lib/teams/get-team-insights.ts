// What a lead plans the next session from: the chapters the team remembers
// worst (mean FSRS recall probability over every member's studied cards, only
// ever as a team aggregate) and the course's common wrong answers the team
// typed most this month. Two grouped SQL queries, bounded output.
import { FSRS6_DEFAULT_DECAY } from "ts-fsrs";
import { dbProvider, type TDb } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/sqlite/client";
import { userDay, type TUserClock } from "@/lib/review/user-day";
import { monthStart } from "./week";

export const INSIGHT_ROWS = 5;

export type TWeakChapter = { slug: string; title: string; number: number; recall: number; cards: number };
export type TWrongAnswer = { prompt: string; wrongAnswer: string; lesson: string; times: number; members: number };

// FSRS-6 forgetting curve R = (1 + F·t/S)^−d with the default decay: members'
// own fitted decays differ a little; one curve keeps the aggregate comparable.
const DECAY = -FSRS6_DEFAULT_DECAY;
const FACTOR = 0.9 ** (1 / DECAY) - 1;

/**
 * Grouped by question first (a few hundred groups), then by chapter: joining the
 * question and lesson per card cost a third more. `cards` is how many member-cards
 * were averaged.
 */
export async function weakestChapters(db: TDb, teamId: string, now: Date): Promise<TWeakChapter[]> {
  const pg = dbProvider(db) === "postgresql";
  const perQuestion = pg
    ? Prisma.sql`
        SELECT c."questionId",
               SUM(POWER(1 + ${FACTOR}::float8 * GREATEST(EXTRACT(EPOCH FROM (${now}::timestamp - c."lastReview")) / 86400, 0) / c."stability", ${DECAY}::float8)) AS "s",
               COUNT(*) AS "n"
        FROM "Membership" m
        JOIN "Card" c ON c."userId" = m."userId" AND c."state" <> 0 AND c."stability" > 0 AND c."lastReview" IS NOT NULL AND c."retired" = false
        WHERE m."teamId" = ${teamId}
        GROUP BY c."questionId"`
    : Prisma.sql`
        SELECT c."questionId",
               SUM(pow(1 + ${FACTOR} * max(julianday(${now.toISOString()}) - julianday(c."lastReview"), 0) / c."stability", ${DECAY})) AS "s",
               COUNT(*) AS "n"
        FROM "Membership" m
        JOIN "Card" c ON c."userId" = m."userId" AND c."state" <> 0 AND c."stability" > 0 AND c."lastReview" IS NOT NULL AND c."retired" = 0
        WHERE m."teamId" = ${teamId}
        GROUP BY c."questionId"`;
  const rows = await db.$queryRaw<{ slug: string; title: string; number: unknown; recall: unknown; cards: unknown }[]>`
    SELECT l."slug", l."title", l."number", SUM(x."s") / SUM(x."n") AS "recall", SUM(x."n") AS "cards"
    FROM (${perQuestion}) x
    JOIN "Question" q ON q."id" = x."questionId"
    JOIN "Lesson" l ON l."id" = q."lessonId"
    WHERE l."retired" = ${pg ? Prisma.raw("false") : Prisma.raw("0")}
    GROUP BY l."id", l."slug", l."title", l."number"
    ORDER BY "recall" ASC, l."number" ASC
    LIMIT ${INSIGHT_ROWS}`;
  return rows.map((r) => ({ slug: r.slug, title: r.title, number: Number(r.number), recall: Number(r.recall), cards: Number(r.cards) }));
}

/** This month: the viewer's own calendar month, on each log's stored local day. */
export async function commonWrongAnswers(db: TDb, teamId: string, viewer: TUserClock, now: Date): Promise<TWrongAnswer[]> {
  const since = monthStart(userDay(viewer, now).day);
  const rows = await db.$queryRaw<{ prompt: string; wrongAnswer: string | null; lesson: string; times: bigint; members: bigint }[]>`
    SELECT q."prompt", q."wrongAnswer", l."title" AS "lesson", COUNT(*) AS "times", COUNT(DISTINCT r."userId") AS "members"
    FROM "Membership" m
    JOIN "ReviewLog" r ON r."userId" = m."userId" AND r."day" >= ${since} AND r."verdict" = 'common-wrong-answer' AND NOT r."undone"
    JOIN "Card" c ON c."id" = r."cardId"
    JOIN "Question" q ON q."id" = c."questionId"
    JOIN "Lesson" l ON l."id" = q."lessonId"
    WHERE m."teamId" = ${teamId}
    GROUP BY q."id", q."prompt", q."wrongAnswer", l."title"
    ORDER BY "times" DESC, q."prompt" ASC
    LIMIT ${INSIGHT_ROWS}`;
  return rows.map((r) => ({ prompt: r.prompt, wrongAnswer: r.wrongAnswer ?? "", lesson: r.lesson, times: Number(r.times), members: Number(r.members) }));
}
