// One review = one transaction: the card moves on and its log is written, or
// neither. Retries carrying the same idempotency key return the first result
// and count once; a stale card version (another tab) is refused.
import { randomUUID } from "node:crypto";
import { dbProvider, sqliteExclusive, type TDb } from "@/lib/db/client";
import { loadGradedExamples } from "./load-graded-examples";
import type { Prisma } from "@/lib/db/generated/sqlite/client";
import { scoreForQuestion } from "./score-for-question";
import { fromFsrsCard, logColumns, makeScheduler, toFsrsCard } from "./scheduler";
import type { TReviewInput } from "./schemas";
import type { TQueueUser } from "./get-queue";
import { writeReviewPrisma, type TReviewWrite } from "./write-review";
import { writeReviewSqlite } from "./write-review-sqlite";
import { writeReviewPg } from "./write-review-pg";
import { awardReview } from "@/lib/teams/award-review";
import { readReviewContext } from "./read-review-context";
import { userDay } from "./user-day";
import { owned } from "@/lib/db/owned";

export type TReviewUser = TQueueUser & { leechThreshold: number };
export type TReviewResult = {
  logId: string;
  cardId: string;
  rating: number;
  suggestedRating: number | null;
  score: number | null;
  verdict: string | null;
  due: string;
  state: number;
  leech: boolean;
  replayed: boolean;
};
export type TReviewOutcome =
  { status: "ok"; review: TReviewResult } | { status: "not-found" } | { status: "conflict"; message: string };

const ALREADY = "This card was already reviewed (in another tab or device). Load the next card.";

function asResult(
  log: {
    id: string;
    cardId: string;
    rating: number;
    suggestedRating: number | null;
    score: number | null;
    verdict: string | null;
    nextDue: Date;
    nextState: number;
    leech: boolean;
  },
  replayed: boolean,
): TReviewResult {
  return {
    logId: log.id,
    cardId: log.cardId,
    rating: log.rating,
    suggestedRating: log.suggestedRating,
    score: log.score,
    verdict: log.verdict,
    due: log.nextDue.toISOString(),
    state: log.nextState,
    leech: log.leech,
    replayed,
  };
}

async function replay(db: TDb, userId: string, key: string): Promise<TReviewOutcome | null> {
  const log = await owned(db, userId).reviewLog.findUnique({
    where: { userId_idempotencyKey: { userId, idempotencyKey: key } },
  });
  return log ? { status: "ok", review: asResult(log, true) } : null;
}

/**
 * What another flow (an interview answer) adds to the review: its own writes,
 * committed in the same transaction (so both happen or neither), an answer it
 * has already scored (not scored twice), and the log's id (to link to it).
 */
export type TReviewComposition = {
  scored?: { score: number; verdict: string; rating: number } | null;
  logId?: string;
  alsoWrite?: (tx: Prisma.TransactionClient) => PromiseLike<unknown>[];
};

export async function recordReview(
  db: TDb,
  user: TReviewUser,
  input: TReviewInput,
  now: Date,
  source: "daily" | "interview" = "daily",
  compose: TReviewComposition = {},
): Promise<TReviewOutcome> {
  // No replay read up front: a retry fails on the unique idempotency key (or on the
  // card version) and is answered from the first log below, so a first attempt costs
  // one query less. Question text is read only when there is an answer to score.
  const typed = input.answer?.trim() ? input.answer : undefined;
  const { day } = userDay(user, now);
  const read = await readReviewContext(db, user.id, input.cardId, day);
  if (!read) return { status: "not-found" };
  const card = read.card;
  const refused = (message: string) =>
    replay(db, user.id, input.idempotencyKey).then((r) => r ?? { status: "conflict" as const, message });
  if (input.expectedVersion !== undefined && input.expectedVersion !== card.version) return refused(ALREADY);
  if (card.suspended || card.retired) return refused("This card is suspended or retired; it cannot be reviewed.");

  const question =
    typed && compose.scored === undefined
      ? await db.question.findUniqueOrThrow({
          where: { id: card.questionId },
          select: {
            id: true,
            prompt: true,
            modelAnswer: true,
            wrongAnswer: true,
            answerSource: true,
            authorExamples: true,
          },
        })
      : null;
  const seconds = input.durationMs !== undefined ? input.durationMs / 1000 : undefined;
  const scored =
    compose.scored !== undefined
      ? compose.scored
      : question
        ? await scoreForQuestion(question, typed, seconds, { examples: await loadGradedExamples(db, question), card })
        : null;
  const { card: next, log } = makeScheduler(user).next(toFsrsCard(card), now, input.rating);
  // A leech: a review card forgotten again and again; parked so it stops eating time.
  const leech = input.rating === 1 && card.state === 2 && next.lapses >= user.leechThreshold && !card.leech;
  const award = awardReview(user, card, { rating: input.rating, score: scored?.score ?? null, source }, now, read);
  const row = {
    id: compose.logId ?? randomUUID(),
    userId: user.id,
    cardId: card.id,
    ...logColumns(log),
    answer: typed ?? null,
    score: scored?.score ?? null,
    verdict: scored?.verdict ?? null,
    suggestedRating: scored?.rating ?? null,
    durationMs: input.durationMs ?? null,
    source,
    idempotencyKey: input.idempotencyKey,
    nextDue: next.due,
    nextState: next.state,
    leech,
    day: award.day,
    firstOfDay: award.firstOfDay,
  };
  const write: TReviewWrite = {
    userId: user.id,
    day: award.day,
    hasDayRow: award.hasDayRow,
    card: { id: card.id, version: card.version, next: fromFsrsCard(next), leech },
    counters: { newCard: card.state === 0, correct: input.rating >= 3, ...award.activity },
    log: row,
    pointsFor: award.pointsFor,
    ...(compose.alsoWrite ? { alsoWrite: compose.alsoWrite } : {}),
  };

  try {
    // Without a caller's own writes: SQLite in one synchronous transaction, PostgreSQL in one
    // statement; an interview answer's review goes through Prisma with its writes.
    const exclusive = compose.alsoWrite ? null : sqliteExclusive(db);
    if (exclusive) await exclusive((conn) => writeReviewSqlite(conn, write, new Date()));
    else if (!compose.alsoWrite && dbProvider(db) === "postgresql") await writeReviewPg(db, write, new Date());
    else await writeReviewPrisma(db, write);
    return { status: "ok", review: asResult(row, false) };
  } catch (e) {
    // Lost a race: either a retry of this very request won (same key) or another review did.
    const code = (e as { code?: string }).code;
    if (code !== "P2025" && code !== "P2002") throw e;
    return (await replay(db, user.id, input.idempotencyKey)) ?? { status: "conflict", message: ALREADY };
  }
}
