// "I was right" / "I was wrong" on an interview report: the answer's review is
// re-rated through undo (ts-fsrs rollback, counters and points taken back
// exactly) and recorded again at its original time with the person's rating.
// The new log keeps the typed answer, so it is a graded example of the
// question like any review rating (same labeller caps); the old one stays
// as history, marked undone. A retry that finds the rating already set
// changes nothing.
import { randomUUID } from "node:crypto";
import type { TDb } from "@/lib/db/client";
import { recordReview, type TReviewUser } from "@/lib/review/record-review";
import { findReviewLog, undoReview } from "@/lib/review/undo-review";
import type { TReviewInput } from "@/lib/review/schemas";
import { DomainError } from "@/lib/errors/domain-error";
import { owned } from "@/lib/db/owned";
import { interviewNotFound } from "./interview-error";

/** Right → at least Good (a pass the scorer missed); wrong → Again. */
export function correctedRating(current: number, correct: boolean): TReviewInput["rating"] {
  return correct ? (current === 4 ? 4 : 3) : 1;
}

const conflict = (message: string) => new DomainError("conflict", message);

export async function correctAnswer(
  db: TDb,
  user: TReviewUser,
  sessionId: string,
  input: { questionId: string; correct: boolean },
): Promise<{ rating: number }> {
  const mine = owned(db, user.id);
  const row = await mine.interviewAnswer.findFirst({
    where: { sessionId, questionId: input.questionId, session: { userId: user.id } },
    select: {
      id: true,
      answer: true,
      score: true,
      verdict: true,
      suggestedRating: true,
      reviewLogId: true,
      durationMs: true,
      answeredAt: true,
      session: { select: { status: true } },
    },
  });
  if (!row) {
    const session = await mine.interviewSession.findFirst({ where: { id: sessionId }, select: { id: true } });
    if (!session) throw interviewNotFound();
    throw new DomainError("not_found", "That question was not asked in this interview.", {
      apiCode: "question_not_in_interview",
    });
  }
  if (row.session.status !== "finished") throw conflict("Correct the scorer once the interview is over.");
  if (!row.answeredAt || !row.reviewLogId) {
    throw conflict(
      "This answer did not update your schedule (skipped, a parked card, or interviews leave your schedule alone), so there is no rating to correct.",
    );
  }
  const log = await findReviewLog(db, user.id, row.reviewLogId);
  if (!log) throw conflict("This answer's review is gone.");
  const rating = correctedRating(log.rating, input.correct);
  // Already as asked (a retry, or the scorer agreed): nothing changes.
  if (!log.undone && log.rating === rating) return { rating };
  if (!log.undone) {
    const undone = await undoReview(db, user, log);
    if (undone.status === "conflict")
      throw conflict("This card was reviewed after the interview, so its interview rating can no longer change.");
    if (undone.status !== "ok") throw conflict("This answer's review is gone.");
  }
  // The old log is undone from here (now, or by an earlier attempt that stopped
  // before re-recording): record the corrected one and point the answer at it.
  const logId = randomUUID();
  const before = row.reviewLogId; // narrowed above; a closure would lose it
  const outcome = await recordReview(
    db,
    user,
    {
      cardId: log.cardId,
      rating,
      ...(row.answer ? { answer: row.answer } : {}),
      durationMs: row.durationMs ?? undefined,
      idempotencyKey: `interview:${row.id}:${logId}`,
    },
    log.review,
    "interview",
    {
      scored: row.answer
        ? { score: row.score ?? 0, verdict: row.verdict ?? "incorrect", rating: row.suggestedRating ?? log.rating }
        : null,
      logId,
      alsoWrite: (tx) => [
        owned(tx as TDb, user.id).interviewAnswer.update({
          where: { id: row.id, reviewLogId: before },
          data: { reviewLogId: logId, correctedRating: rating },
          select: { id: true },
        }),
      ],
    },
  );
  if (outcome.status !== "ok")
    throw conflict(outcome.status === "conflict" ? outcome.message : "This answer's card is gone.");
  return { rating };
}
