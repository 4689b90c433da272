// The running state of one of the user's interviews: what the page and
// `GET /api/interviews/:id` show. Never the model answer or the wrong answer.
import type { TDb } from "@/lib/db/client";
import { interviewNotFound } from "./interview-error";
import { secondsLeft } from "./deadline-rules";
import { owned } from "@/lib/db/owned";

const CURRENT_SELECT = {
  position: true,
  questionId: true,
  deadline: true,
  question: { select: { prompt: true, kind: true, lesson: { select: { slug: true, number: true, title: true } } } },
} as const;

export type TInterviewState = {
  id: string;
  status: "running" | "finished";
  position: number;
  total: number;
  secondsPerQuestion: number;
  current: {
    position: number;
    questionId: string;
    prompt: string;
    kind: string;
    lesson: { slug: string; number: number; title: string };
    deadline: string;
    secondsLeft: number;
  } | null;
};

export async function getInterview(db: TDb, userId: string, id: string, now: Date): Promise<TInterviewState> {
  const mine = owned(db, userId);
  const [session, current] = await Promise.all([
    mine.interviewSession.findFirst({
      where: { id },
      select: { id: true, status: true, questionCount: true, secondsPerQuestion: true },
    }),
    // The current question is the one shown and not yet answered (scoped by owner too).
    mine.interviewAnswer.findFirst({
      where: { sessionId: id, answeredAt: null, skipped: false, shownAt: { not: null } },
      orderBy: { position: "asc" },
      select: CURRENT_SELECT,
    }),
  ]);
  if (!session) throw interviewNotFound();
  const running = session.status === "running";
  const shown = running && current?.deadline ? current : null;
  return {
    id: session.id,
    status: running ? "running" : "finished",
    position: shown ? shown.position + 1 : session.questionCount,
    total: session.questionCount,
    secondsPerQuestion: session.secondsPerQuestion,
    current: shown
      ? {
          position: shown.position + 1,
          questionId: shown.questionId,
          prompt: shown.question.prompt,
          kind: shown.question.kind,
          lesson: shown.question.lesson,
          deadline: shown.deadline!.toISOString(),
          secondsLeft: secondsLeft(shown.deadline!, now),
        }
      : null,
  };
}

/** The API's shape of the state (exactly the documented fields). */
export function toApiState(s: TInterviewState) {
  return {
    id: s.id,
    status: s.status,
    position: s.position,
    total: s.total,
    current: s.current ? toApiCurrent(s.current) : null,
  };
}
export function toApiCurrent(c: NonNullable<TInterviewState["current"]>) {
  return {
    position: c.position,
    questionId: c.questionId,
    prompt: c.prompt,
    lesson: c.lesson,
    deadline: c.deadline,
    secondsLeft: c.secondsLeft,
  };
}
