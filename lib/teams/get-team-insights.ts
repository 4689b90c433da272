// What a lead plans the next session from: the chapters the team got wrong
// most over the last 30 days (reviews rated Again, typed answers judged wrong,
// the common wrong answer), only ever as a team aggregate, and the course's
// common wrong answers the team typed most this month. Grouped SQL, bounded output.
//
// Not recall probability now: right after a review it is 100 % by definition, so
// a team that just failed a chapter twice saw it as its strongest.
import type { TDb } from "@/lib/db/client";
import { dbProvider } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/sqlite/client";
import { userDay, type TUserClock } from "@/lib/review/user-day";
import { monthStart } from "./week";

export const INSIGHT_ROWS = 5;
/** The weakest chapters look back this far (on each log's stored day). */
export const WEAK_PERIOD_DAYS = 30;

export type TWeakChapter = {
  slug: string;
  title: string;
  number: number;
  /** Live reviews in the period, and how many of them were missed (Again, or a typed answer judged wrong). */
  reviews: number;
  misses: number;
  /** Of the misses: forgotten review-state cards (lapses), and the chapter's common wrong answer. */
  lapses: number;
  wrongAnswers: number;
  /** Members who missed at least one. */
  members: number;
};
export type TWrongAnswer = { prompt: string; wrongAnswer: string; lesson: string; times: number; members: number };

/** Most misses first; the same count, the larger share of the chapter's reviews first. */
export function rankWeak(rows: readonly TWeakChapter[]): TWeakChapter[] {
  return rows
    .filter((r) => r.misses > 0)
    .sort((a, b) => b.misses - a.misses || b.misses / b.reviews - a.misses / a.reviews || a.number - b.number)
    .slice(0, INSIGHT_ROWS);
}

/**
 * The cards insights count: the course and this team's decks only, so a member's
 * private deck (or another team's) never reaches the team; or the one chosen deck,
 * which the page has checked is one of those.
 */
function teamCards(teamId: string, deckId: string | undefined) {
  return deckId
    ? Prisma.sql`AND c."deckId" = ${deckId}`
    : Prisma.sql`AND c."deckId" IN (SELECT "id" FROM "Deck" WHERE "kind" = 'course' OR "teamId" = ${teamId})`;
}

export async function weakestChapters(db: TDb, teamId: string, now: Date, deckId?: string): Promise<TWeakChapter[]> {
  const since = new Date(now.getTime() - WEAK_PERIOD_DAYS * 86_400_000).toISOString().slice(0, 10);
  const notRetired = dbProvider(db) === "postgresql" ? Prisma.raw("false") : Prisma.raw("0");
  const rows = await db.$queryRaw<
    {
      slug: string;
      title: string;
      number: unknown;
      reviews: unknown;
      misses: unknown;
      lapses: unknown;
      wrong: unknown;
      members: unknown;
    }[]
  >`
    SELECT l."slug", l."title", l."number", COUNT(*) AS "reviews",
           SUM(CASE WHEN r."rating" = 1 OR r."verdict" IN ('incorrect', 'common-wrong-answer') THEN 1 ELSE 0 END) AS "misses",
           SUM(CASE WHEN r."rating" = 1 AND r."state" = 2 THEN 1 ELSE 0 END) AS "lapses",
           SUM(CASE WHEN r."verdict" = 'common-wrong-answer' THEN 1 ELSE 0 END) AS "wrong",
           COUNT(DISTINCT CASE WHEN r."rating" = 1 OR r."verdict" IN ('incorrect', 'common-wrong-answer') THEN r."userId" END) AS "members"
    FROM "Membership" m
    JOIN "ReviewLog" r ON r."userId" = m."userId" AND r."day" >= ${since} AND NOT r."undone"
    JOIN "Card" c ON c."id" = r."cardId" ${teamCards(teamId, deckId)}
    JOIN "Question" q ON q."id" = c."questionId"
    JOIN "Lesson" l ON l."id" = q."lessonId"
    WHERE m."teamId" = ${teamId} AND l."retired" = ${notRetired}
    GROUP BY l."id", l."slug", l."title", l."number"`;
  return rankWeak(
    rows.map((r) => ({
      slug: r.slug,
      title: r.title,
      number: Number(r.number),
      reviews: Number(r.reviews),
      misses: Number(r.misses),
      lapses: Number(r.lapses),
      wrongAnswers: Number(r.wrong),
      members: Number(r.members),
    })),
  );
}

/** This month: the viewer's own calendar month, on each log's stored local day. */
export async function commonWrongAnswers(
  db: TDb,
  teamId: string,
  viewer: TUserClock,
  now: Date,
  deckId?: string,
): Promise<TWrongAnswer[]> {
  const since = monthStart(userDay(viewer, now).day);
  const rows = await db.$queryRaw<
    { prompt: string; wrongAnswer: string | null; lesson: string; times: bigint; members: bigint }[]
  >`
    SELECT q."prompt", q."wrongAnswer", l."title" AS "lesson", COUNT(*) AS "times", COUNT(DISTINCT r."userId") AS "members"
    FROM "Membership" m
    JOIN "ReviewLog" r ON r."userId" = m."userId" AND r."day" >= ${since} AND r."verdict" = 'common-wrong-answer' AND NOT r."undone"
    JOIN "Card" c ON c."id" = r."cardId" ${teamCards(teamId, deckId)}
    JOIN "Question" q ON q."id" = c."questionId"
    JOIN "Lesson" l ON l."id" = q."lessonId"
    WHERE m."teamId" = ${teamId}
    GROUP BY q."id", q."prompt", q."wrongAnswer", l."title"
    ORDER BY "times" DESC, q."prompt" ASC
    LIMIT ${INSIGHT_ROWS}`;
  return rows.map((r) => ({
    prompt: r.prompt,
    wrongAnswer: r.wrongAnswer ?? "",
    lesson: r.lesson,
    times: Number(r.times),
    members: Number(r.members),
  }));
}
