// The report of a finished interview, for its owner only. The page shows all
// of it; `GET /api/interviews/:id/report` the documented fields (toApiReport).
import type { TDb } from "@/lib/db/client";
import type { TConcept } from "@/lib/scoring/types";
import { DomainError } from "@/lib/errors/domain-error";
import { interviewNotFound } from "./interview-error";
import { interviewScore, isMissed, weakestChapters } from "./score-interview";

const TREND_TAKE = 20;

export async function getReport(db: TDb, userId: string, id: string) {
  const session = await db.interviewSession.findFirst({
    where: { id, userId },
    select: {
      id: true, status: true, startedAt: true, finishedAt: true, secondsPerQuestion: true, mode: true, scope: true, score: true,
      answers: {
        orderBy: { position: "asc" },
        select: {
          questionId: true, position: true, answer: true, score: true, verdict: true, wrongAnswerMatch: true, timedOut: true, skipped: true,
          durationMs: true, answeredAt: true, concepts: true, feedback: true,
          question: { select: { prompt: true, modelAnswer: true, wrongAnswer: true, kind: true, lesson: { select: { slug: true, number: true, title: true } } } },
        },
      },
    },
  });
  if (!session) throw interviewNotFound();
  if (session.status !== "finished") {
    throw new DomainError("conflict", "The report is ready once the interview is over: answer the last question or end it.", { apiCode: "interview_running" });
  }
  const answers = session.answers.map((a) => ({
    questionId: a.questionId, position: a.position + 1, prompt: a.question.prompt, kind: a.question.kind, lesson: a.question.lesson,
    answer: a.answer, score: a.score, verdict: a.verdict, wrongAnswerMatch: a.wrongAnswerMatch, timedOut: a.timedOut, skipped: a.skipped,
    durationMs: a.durationMs, answeredAt: a.answeredAt, modelAnswer: a.question.modelAnswer, wrongAnswer: a.question.wrongAnswer,
    concepts: a.concepts ? (JSON.parse(a.concepts) as TConcept[]) : [], feedback: a.feedback,
  }));
  // The trend: this interview and the ones before it, oldest first.
  const previous = await db.interviewSession.findMany({
    where: { userId, status: "finished", startedAt: { lte: session.startedAt } }, orderBy: { startedAt: "desc" }, take: TREND_TAKE,
    select: { id: true, startedAt: true, score: true, questionCount: true },
  });
  return {
    id: session.id, startedAt: session.startedAt.toISOString(), finishedAt: session.finishedAt?.toISOString() ?? null,
    secondsPerQuestion: session.secondsPerQuestion, mode: session.mode, scope: JSON.parse(session.scope) as string[],
    score: session.score ?? interviewScore(answers),
    answers: answers.map((a) => ({ ...a, missed: isMissed(a), answeredAt: a.answeredAt?.toISOString() ?? null })),
    weakestChapters: weakestChapters(answers),
    trend: previous.reverse().map((p) => ({ id: p.id, startedAt: p.startedAt.toISOString(), score: p.score ?? 0, questions: p.questionCount })),
  };
}
export type TReport = Awaited<ReturnType<typeof getReport>>;

export function toApiReport(r: TReport) {
  return {
    score: r.score,
    answers: r.answers.map((a) => ({
      questionId: a.questionId, prompt: a.prompt, answer: a.answer, score: a.score, verdict: a.verdict,
      wrongAnswerMatch: a.wrongAnswerMatch, timedOut: a.timedOut, durationMs: a.durationMs, modelAnswer: a.modelAnswer,
    })),
  };
}
