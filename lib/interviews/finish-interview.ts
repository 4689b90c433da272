// Ending an interview (early, or after its last answer): unanswered questions
// count as skipped, the score is fixed and it is marked ended early (kept out
// of the trend: its skipped questions count 0). Ending a finished one changes nothing.
import type { TDb } from "@/lib/db/client";
import { interviewNotFound } from "./interview-error";
import { interviewScore } from "./score-interview";
import { owned } from "@/lib/db/owned";

const SCORED_SELECT = { score: true, verdict: true, timedOut: true, skipped: true, answeredAt: true } as const;

export async function finishInterview(db: TDb, userId: string, id: string, now: Date) {
  const mine = owned(db, userId);
  const session = await mine.interviewSession.findFirst({ where: { id }, select: { id: true, status: true } });
  if (!session) throw interviewNotFound();
  if (session.status === "finished") return;
  // An answer racing with this needs `skipped: false`, so exactly one of the two wins each row.
  await db.$transaction([
    mine.interviewAnswer.updateMany({
      where: { sessionId: id, answeredAt: null, skipped: false },
      data: { skipped: true },
    }),
    mine.interviewSession.updateMany({
      where: { id, status: "running" },
      data: { status: "finished", finishedAt: now, endedEarly: true },
    }),
  ]);
  const rows = await mine.interviewAnswer.findMany({ where: { sessionId: id }, select: SCORED_SELECT });
  await mine.interviewSession.update({ where: { id }, data: { score: interviewScore(rows) }, select: { id: true } });
}
