import type { TGradedExample } from "@/lib/scoring/graded-example";
import { scoreAnswerAsync } from "@/lib/scoring/score-answer";
import type { TScoreResult } from "@/lib/scoring/types";

type TQuestionText = { prompt: string; modelAnswer: string; wrongAnswer: string | null };

/**
 * Scores a typed answer against a question's model answer; nothing typed,
 * nothing scored. Async so a long answer yields to the event loop between
 * pieces instead of holding every other request (issue #9). `examples` are
 * the question's graded answers (loadGradedExamples): they adjust the score
 * inside the scorer and are never part of the result.
 */
export async function scoreForQuestion(
  q: TQuestionText,
  answer: string | undefined,
  seconds?: number,
  examples?: readonly TGradedExample[],
): Promise<TScoreResult | null> {
  if (!answer?.trim()) return null;
  return scoreAnswerAsync({
    question: q.prompt,
    // A recall question whose passage could not be found is judged against its own wording.
    reference: q.modelAnswer || q.prompt,
    answer,
    ...(q.wrongAnswer ? { wrongAnswer: q.wrongAnswer } : {}),
    ...(seconds !== undefined ? { seconds } : {}),
    ...(examples && examples.length > 0 ? { examples: [...examples] } : {}),
  });
}
