// One answer to the current question: scored, stored, and (unless the user
// turned it off) recorded as a review of that card through recordReview, in
// the same transaction, once. The server's clock decides whether it was late.
import { randomUUID } from "node:crypto";
import type { TDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/sqlite/client";
import { recordReview, type TReviewUser } from "@/lib/review/record-review";
import { scoreForQuestion } from "@/lib/review/score-for-question";
import { userDay } from "@/lib/review/user-day";
import { deadlineFor, isTimedOut, timeUsedMs } from "./deadline-rules";
import { DomainError } from "@/lib/errors/domain-error";
import { interviewNotFound } from "./interview-error";
import { getInterview, type TInterviewState } from "./get-interview";
import { interviewScore } from "./score-interview";
import type { TAnswerInput } from "./schemas";
import { owned } from "@/lib/db/owned";

export type TAnswerUser = TReviewUser & { interviewsUpdateSchedule: boolean };
export type TAnswerResult = {
  score: number;
  verdict: string;
  timedOut: boolean;
  next: TInterviewState["current"];
  replayed: boolean;
};

const ROW_SELECT = {
  id: true,
  position: true,
  questionId: true,
  shownAt: true,
  deadline: true,
  answeredAt: true,
  skipped: true,
  idempotencyKey: true,
  score: true,
  verdict: true,
  timedOut: true,
  question: { select: { prompt: true, modelAnswer: true, wrongAnswer: true } },
} as const;
const ANSWERED = () =>
  new DomainError("conflict", "This question was already answered (in another tab or by an earlier request).", {
    apiCode: "already_answered",
  });
const NOT_CURRENT = () =>
  new DomainError("not_found", "That is not the current question of this interview.", {
    apiCode: "question_not_current",
  });

async function replayOrRefuse(
  db: TDb,
  user: TAnswerUser,
  sessionId: string,
  key: string,
  now: Date,
): Promise<TAnswerResult> {
  const row = await owned(db, user.id).interviewAnswer.findFirst({
    where: { sessionId, idempotencyKey: key },
    select: ROW_SELECT,
  });
  if (!row) throw ANSWERED();
  const state = await getInterview(db, user.id, sessionId, now);
  return {
    score: row.score ?? 0,
    verdict: row.verdict ?? "empty",
    timedOut: row.timedOut,
    next: state.current,
    replayed: true,
  };
}

/**
 * `ranOut`: the page submitted by itself because its countdown reached zero, so
 * the person ran out of time even if the request beats the grace. A client can
 * only make its own answer late this way, never an overdue one on time.
 */
export async function answerQuestion(
  db: TDb,
  user: TAnswerUser,
  sessionId: string,
  input: TAnswerInput,
  now: Date,
  ranOut = false,
): Promise<TAnswerResult> {
  const mine = owned(db, user.id);
  const session = await mine.interviewSession.findFirst({
    where: { id: sessionId },
    select: { id: true, status: true, secondsPerQuestion: true, questionCount: true },
  });
  if (!session) throw interviewNotFound();
  // A retry of a request that already answered replays it, even after the interview ended.
  const rows = await mine.interviewAnswer.findMany({
    where: { sessionId },
    orderBy: { position: "asc" },
    select: ROW_SELECT,
  });
  if (rows.some((r) => r.idempotencyKey === input.idempotencyKey))
    return replayOrRefuse(db, user, sessionId, input.idempotencyKey, now);
  const row = rows.find((r) => r.questionId === input.questionId);
  if (!row) throw NOT_CURRENT();
  if (row.answeredAt) throw ANSWERED();
  if (session.status !== "running" || row.skipped) {
    throw new DomainError("not_found", "This interview has ended; its answers can no longer change.", {
      apiCode: "interview_finished",
    });
  }
  if (!row.shownAt || !row.deadline) throw NOT_CURRENT();

  const timedOut = ranOut || isTimedOut(row.deadline, now);
  const typed = input.answer.trim() ? input.answer : undefined;
  const durationMs = timeUsedMs(row.shownAt, row.deadline, now);
  const scored = typed ? await scoreForQuestion(row.question, typed, durationMs / 1000) : null;
  const score = scored?.score ?? 0;
  const verdict = scored?.verdict ?? "empty";
  const next = rows[row.position + 1];
  const last = !next;
  const finalScore = last
    ? interviewScore([
        ...rows.filter((r) => r.id !== row.id),
        { score, verdict, timedOut, skipped: false, answeredAt: now },
      ])
    : null;

  const day = userDay(user, now).day;
  const writes = (q: TDb | Prisma.TransactionClient, reviewLogId: string | null): Prisma.PrismaPromise<unknown>[] => {
    // Inside the review's transaction when there is one (q), through the owned door all the same.
    const m = owned(q as TDb, user.id);
    return [
      // answeredAt: null in the where: a second request for this row fails here and rolls everything back.
      m.interviewAnswer.update({
        where: { id: row.id, answeredAt: null, skipped: false },
        data: {
          answer: typed ?? null,
          score,
          verdict,
          wrongAnswerMatch: scored?.wrongAnswerMatch ?? false,
          durationMs,
          answeredAt: now,
          timedOut,
          idempotencyKey: input.idempotencyKey,
          suggestedRating: scored?.rating ?? null,
          concepts: scored ? JSON.stringify(scored.concepts) : null,
          feedback: scored?.feedback ?? null,
          reviewLogId,
        },
        select: { id: true },
      }),
      // The next question's clock starts now: it is what the answer's response shows.
      ...(next
        ? [
            m.interviewAnswer.update({
              where: { id: next.id },
              data: { shownAt: now, deadline: deadlineFor(now, session.secondsPerQuestion) },
              select: { id: true },
            }),
          ]
        : []),
      // The day's interview-answer counter (streaks and leaderboards read DailyActivity).
      m.dailyActivity.upsert({
        where: { userId_day: { userId: user.id, day } },
        create: { userId: user.id, day, interviewAnswers: 1 },
        update: { interviewAnswers: { increment: 1 } },
        select: { id: true },
      }),
      ...(last
        ? [
            m.interviewSession.update({
              where: { id: sessionId, status: "running" },
              data: { status: "finished", finishedAt: now, score: finalScore },
              select: { id: true },
            }),
          ]
        : []),
    ];
  };

  const lost = (e: unknown) => ["P2025", "P2002"].includes((e as { code?: string }).code ?? "");
  const card = user.interviewsUpdateSchedule
    ? await mine.card.findFirst({
        where: { questionId: row.questionId },
        select: { id: true, suspended: true, retired: true },
      })
    : null;
  // Late or empty is Again; otherwise the scorer's suggestion, as a daily review would preselect.
  const rating = timedOut || !scored ? 1 : scored.rating;
  for (let attempt = 0; ; attempt++) {
    try {
      if (card && !card.suspended && !card.retired) {
        const logId = randomUUID();
        const outcome = await recordReview(
          db,
          user,
          {
            cardId: card.id,
            rating,
            ...(typed ? { answer: typed } : {}),
            durationMs,
            idempotencyKey: `interview:${row.id}`,
          },
          // A late answer's review suggests what it is rated (Again), so it never reads as the person overriding the scorer.
          now,
          "interview",
          {
            scored: scored && timedOut ? { ...scored, rating: 1 } : scored,
            logId,
            alsoWrite: (tx) => writes(tx, logId),
          },
        );
        // Replayed or refused: another request got to this row (its review key is per answer) or the card moved under us.
        if (outcome.status !== "ok" || outcome.review.replayed) {
          const fresh = await mine.interviewAnswer.findUniqueOrThrow({
            where: { id: row.id },
            select: { answeredAt: true },
          });
          if (fresh.answeredAt) return replayOrRefuse(db, user, sessionId, input.idempotencyKey, now);
          if (attempt < 2) continue;
          throw new DomainError("conflict", "The card changed while this answer was saved; try again.");
        }
      } else {
        await db.$transaction(writes(db, null));
      }
      break;
    } catch (e) {
      if (!lost(e)) throw e;
      return replayOrRefuse(db, user, sessionId, input.idempotencyKey, now);
    }
  }
  const state = await getInterview(db, user.id, sessionId, now);
  return { score, verdict, timedOut, next: state.current, replayed: false };
}
