import { scoreAnswer } from "@/lib/scoring/score-answer";
import { suggestRating } from "@/lib/scoring/suggest-rating";
import type { TScoreResult } from "@/lib/scoring/types";

type TQuestionText = { prompt: string; modelAnswer: string; wrongAnswer: string | null; answerSource?: string };

/**
 * Scores a typed answer against a question's model answer; nothing typed,
 * nothing scored. The suggestion is then made with what only the review
 * knows: whether the card is new and whether the reference is a rough passage.
 */
export function scoreForQuestion(q: TQuestionText, answer: string | undefined, seconds?: number, card?: { state: number }): TScoreResult | null {
  if (!answer?.trim()) return null;
  const result = scoreAnswer({
    question: q.prompt,
    // A recall question whose passage could not be found is judged against its own wording.
    reference: q.modelAnswer || q.prompt,
    answer,
    ...(q.wrongAnswer ? { wrongAnswer: q.wrongAnswer } : {}),
    ...(seconds !== undefined ? { seconds } : {}),
  });
  const rating = suggestRating(result.verdict, result.score, answer.trim().length, seconds, {
    newCard: card?.state === 0, missedConcepts: result.missed.length, weakReference: q.answerSource === "lesson-rough",
  });
  return { ...result, rating };
}
