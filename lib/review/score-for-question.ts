import { scoreAnswer } from "@/lib/scoring/score-answer";
import type { TScoreResult } from "@/lib/scoring/types";

type TQuestionText = { prompt: string; modelAnswer: string; wrongAnswer: string | null };

/** Scores a typed answer against a question's model answer; nothing typed, nothing scored. */
export function scoreForQuestion(q: TQuestionText, answer: string | undefined, seconds?: number): TScoreResult | null {
  if (!answer?.trim()) return null;
  return scoreAnswer({
    question: q.prompt,
    // A recall question whose passage could not be found is judged against its own wording.
    reference: q.modelAnswer || q.prompt,
    answer,
    ...(q.wrongAnswer ? { wrongAnswer: q.wrongAnswer } : {}),
    ...(seconds !== undefined ? { seconds } : {}),
  });
}
