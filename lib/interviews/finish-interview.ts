// Ending an interview (early, or after its last answer): unanswered questions
// count as skipped, the score is fixed and it is marked ended early (kept out
// of the trend: its skipped questions count 0). Ending a finished one changes nothing.
import type { TDb } from "@/lib/db/client";
import { interviewNotFound } from "./interview-error";
import { interviewScore } from "./score-interview";

const SCORED_SELECT = { score: true, verdict: true, timedOut: true, skipped: true, answeredAt: true } as const;

export async function finishInterview(db: TDb, userId: string, id: string, now: Date) {
  const session = await db.interviewSession.findFirst({ where: { id, userId }, select: { id: true, status: true } });
  if (!session) throw interviewNotFound();
  if (session.status === "finished") return;
  // An answer racing with this needs `skipped: false`, so exactly one of the two wins each row.
  await db.$transaction([
    db.interviewAnswer.updateMany({ where: { sessionId: id, userId, answeredAt: null, skipped: false }, data: { skipped: true } }),
    db.interviewSession.updateMany({ where: { id, userId, status: "running" }, data: { status: "finished", finishedAt: now, endedEarly: true } }),
  ]);
  const rows = await db.interviewAnswer.findMany({ where: { sessionId: id, userId }, select: SCORED_SELECT });
  await db.interviewSession.update({ where: { id }, data: { score: interviewScore(rows) }, select: { id: true } });
}
