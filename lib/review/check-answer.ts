// The judgement of an answer before rating (`POST /api/cards/:id/check`):
// what the review screen shows after the reveal, plus each rating's interval.
// Reads only; nothing is written (no log, no card change, no graded example).
import type { TDb } from "@/lib/db/client";
import { owned } from "@/lib/db/owned";
import { formatInterval } from "./format-interval";
import { loadGradedExamples } from "./load-graded-examples";
import { makeScheduler, previewDue, type TSchedulerSettings } from "./scheduler";
import { scoreForQuestion } from "./score-for-question";

const CARD_SELECT = {
  id: true,
  due: true,
  stability: true,
  difficulty: true,
  elapsedDays: true,
  scheduledDays: true,
  learningSteps: true,
  reps: true,
  lapses: true,
  state: true,
  lastReview: true,
  question: {
    select: { id: true, prompt: true, modelAnswer: true, wrongAnswer: true, answerSource: true, authorExamples: true },
  },
} as const;

export async function checkAnswer(
  db: TDb,
  user: TSchedulerSettings & { id: string },
  cardId: string,
  answer: string,
  seconds: number | undefined,
  now: Date,
) {
  const card = await owned(db, user.id).card.findFirst({ where: { id: cardId }, select: CARD_SELECT });
  if (!card) return null;
  const q = card.question;
  const scored = await scoreForQuestion(q, answer, seconds, {
    examples: answer.trim() ? await loadGradedExamples(db, q) : [],
    card,
  });
  const due = previewDue(makeScheduler(user), card, now);
  return {
    score: scored?.score ?? null,
    verdict: scored?.verdict ?? "empty",
    feedback:
      scored?.feedback ?? "Nothing typed: nothing to judge. Rate it yourself (the review screen preselects Good).",
    concepts: scored?.concepts ?? [],
    reference: q.modelAnswer,
    wrongAnswer: q.wrongAnswer,
    suggestedRating: scored?.rating ?? null,
    intervals: {
      1: formatInterval(now, due[1]),
      2: formatInterval(now, due[2]),
      3: formatInterval(now, due[3]),
      4: formatInterval(now, due[4]),
    },
  };
}
