// "Retry the ones I missed": a new interview of just the questions this one
// missed (timed out, skipped, or short of correct), same time per question.
import type { TDb } from "@/lib/db/client";
import { DomainError } from "@/lib/errors/domain-error";
import { getReport } from "./get-report";
import { createInterview } from "./start-interview";

export async function retryMissed(db: TDb, userId: string, id: string, now: Date) {
  const report = await getReport(db, userId, id);
  const questionIds = report.answers.filter((a) => a.missed).map((a) => a.questionId);
  if (!questionIds.length)
    throw new DomainError("invalid", "You missed nothing in this interview.", {
      status: 422,
      apiCode: "nothing_missed",
    });
  return createInterview(
    db,
    userId,
    {
      questionIds,
      secondsPerQuestion: report.secondsPerQuestion,
      mode: "retry",
      scope: report.scope,
      includeRecall: report.answers.some((a) => a.kind === "recall"),
      seed: 0,
      retryOfId: id,
    },
    now,
  );
}
