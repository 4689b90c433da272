import type { TGradedExample } from "@/lib/scoring/graded-example";
import { scoreAnswerAsync } from "@/lib/scoring/score-answer";
import { suggestRating } from "@/lib/scoring/suggest-rating";
import type { TScoreResult } from "@/lib/scoring/types";

type TQuestionText = { prompt: string; modelAnswer: string; wrongAnswer: string | null; answerSource?: string };
type TContext = {
  /** The question's graded answers (loadGradedExamples): they adjust the score inside the scorer, never part of the result. */
  examples?: readonly TGradedExample[];
  /** The card being reviewed: a new card's first success suggests Good unless complete and fast. */
  card?: { state: number };
};

/**
 * Scores a typed answer against a question's model answer; nothing typed,
 * nothing scored. Async so a long answer yields to the event loop between
 * pieces instead of holding every other request (issue #9). The suggestion is
 * then made with what only the review knows: whether the card is new and
 * whether the reference is a rough passage.
 */
export async function scoreForQuestion(
  q: TQuestionText,
  answer: string | undefined,
  seconds?: number,
  { examples, card }: TContext = {},
): Promise<TScoreResult | null> {
  if (!answer?.trim()) return null;
  const result = await scoreAnswerAsync({
    question: q.prompt,
    // A recall question whose passage could not be found is judged against its own wording.
    reference: q.modelAnswer || q.prompt,
    answer,
    ...(q.wrongAnswer ? { wrongAnswer: q.wrongAnswer } : {}),
    ...(seconds !== undefined ? { seconds } : {}),
    ...(examples && examples.length > 0 ? { examples: [...examples] } : {}),
  });
  const rating = suggestRating(result.verdict, result.score, answer.trim().length, seconds, {
    newCard: card?.state === 0,
    missedConcepts: result.missed.length,
    weakReference: q.answerSource === "lesson-rough",
  });
  return { ...result, rating };
}
