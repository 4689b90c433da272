// The report of a finished interview, for its owner only. The page shows all
// of it; `GET /api/interviews/:id/report` the documented fields (toApiReport).
import type { TDb } from "@/lib/db/client";
import type { TConcept } from "@/lib/scoring/types";
import { DomainError } from "@/lib/errors/domain-error";
import { interviewNotFound } from "./interview-error";
import { interviewScore, isMissedAfterCorrection, weakestChapters } from "./score-interview";
import { owned } from "@/lib/db/owned";

const TREND_TAKE = 20;

export async function getReport(db: TDb, userId: string, id: string) {
  const mine = owned(db, userId);
  const session = await mine.interviewSession.findFirst({
    where: { id },
    select: {
      id: true,
      status: true,
      startedAt: true,
      finishedAt: true,
      secondsPerQuestion: true,
      mode: true,
      scope: true,
      score: true,
      endedEarly: true,
      answers: {
        orderBy: { position: "asc" },
        select: {
          questionId: true,
          position: true,
          answer: true,
          score: true,
          verdict: true,
          wrongAnswerMatch: true,
          timedOut: true,
          skipped: true,
          durationMs: true,
          answeredAt: true,
          concepts: true,
          feedback: true,
          reviewLogId: true,
          correctedRating: true,
          suggestedRating: true,
          question: {
            select: {
              prompt: true,
              modelAnswer: true,
              wrongAnswer: true,
              kind: true,
              lesson: { select: { slug: true, number: true, title: true } },
            },
          },
        },
      },
    },
  });
  if (!session) throw interviewNotFound();
  if (session.status !== "finished") {
    throw new DomainError(
      "conflict",
      "The report is ready once the interview is over: answer the last question or end it.",
      { apiCode: "interview_running" },
    );
  }
  // The rating each answer's review carries now (the scorer's, or the person's correction).
  const logIds = session.answers.flatMap((a) => (a.reviewLogId ? [a.reviewLogId] : []));
  const ratings = new Map(
    (logIds.length
      ? await mine.reviewLog.findMany({
          where: { id: { in: logIds }, undone: false },
          select: { id: true, rating: true },
        })
      : []
    ).map((l) => [l.id, l.rating]),
  );
  const answers = session.answers.map((a) => ({
    questionId: a.questionId,
    position: a.position + 1,
    prompt: a.question.prompt,
    kind: a.question.kind,
    lesson: a.question.lesson,
    answer: a.answer,
    score: a.score,
    verdict: a.verdict,
    wrongAnswerMatch: a.wrongAnswerMatch,
    timedOut: a.timedOut,
    skipped: a.skipped,
    durationMs: a.durationMs,
    answeredAt: a.answeredAt,
    modelAnswer: a.question.modelAnswer,
    wrongAnswer: a.question.wrongAnswer,
    concepts: a.concepts ? (JSON.parse(a.concepts) as TConcept[]) : [],
    feedback: a.feedback,
    suggestedRating: a.suggestedRating,
    correctedRating: a.correctedRating,
    rating: (a.reviewLogId && ratings.get(a.reviewLogId)) || null,
  }));
  // The trend: this interview and the ones before it, oldest first; those ended early are left out (skips count 0).
  const previous = await mine.interviewSession.findMany({
    where: { status: "finished", startedAt: { lte: session.startedAt }, endedEarly: false },
    orderBy: { startedAt: "desc" },
    take: TREND_TAKE,
    select: { id: true, startedAt: true, score: true, questionCount: true },
  });
  return {
    id: session.id,
    startedAt: session.startedAt.toISOString(),
    finishedAt: session.finishedAt?.toISOString() ?? null,
    secondsPerQuestion: session.secondsPerQuestion,
    mode: session.mode,
    endedEarly: session.endedEarly,
    scope: JSON.parse(session.scope) as string[],
    score: session.score ?? interviewScore(answers),
    answers: answers.map((a) => ({
      ...a,
      missed: isMissedAfterCorrection(a),
      answeredAt: a.answeredAt?.toISOString() ?? null,
    })),
    weakestChapters: weakestChapters(answers),
    trend: previous.reverse().map((p) => ({
      id: p.id,
      startedAt: p.startedAt.toISOString(),
      score: p.score ?? 0,
      questions: p.questionCount,
    })),
  };
}
export type TReport = Awaited<ReturnType<typeof getReport>>;

export function toApiReport(r: TReport) {
  return {
    score: r.score,
    answers: r.answers.map((a) => ({
      questionId: a.questionId,
      prompt: a.prompt,
      answer: a.answer,
      score: a.score,
      verdict: a.verdict,
      wrongAnswerMatch: a.wrongAnswerMatch,
      timedOut: a.timedOut,
      durationMs: a.durationMs,
      modelAnswer: a.modelAnswer,
    })),
  };
}
