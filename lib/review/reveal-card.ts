// What the back of a card shows: the model answer, where it comes from,
// and, when something was typed, how it scored. Reads only the owner's card.
import type { TDb } from "@/lib/db/client";
import type { TScoreResult } from "@/lib/scoring/types";
import { loadGradedExamples } from "./load-graded-examples";
import { scoreForQuestion } from "./score-for-question";
import { owned } from "@/lib/db/owned";

export type TReveal = {
  cardId: string;
  kind: string;
  prompt: string;
  modelAnswer: string;
  answerSource: string;
  wrongAnswer: string | null;
  lesson: { slug: string; title: string; number: number };
  sectionSlug: string | null;
  score: TScoreResult | null;
};

export async function revealCard(
  db: TDb,
  userId: string,
  cardId: string,
  answer?: string,
  seconds?: number,
): Promise<TReveal | null> {
  const card = await owned(db, userId).card.findFirst({
    where: { id: cardId },
    select: {
      id: true,
      state: true,
      question: { include: { lesson: { select: { slug: true, title: true, number: true } } } },
    },
  });
  if (!card) return null;
  const q = card.question;
  const score = answer?.trim()
    ? await scoreForQuestion(q, answer, seconds, { examples: await loadGradedExamples(db, q), card })
    : null;
  return {
    cardId: card.id,
    kind: q.kind,
    prompt: q.prompt,
    modelAnswer: q.modelAnswer,
    answerSource: q.answerSource,
    wrongAnswer: q.wrongAnswer,
    lesson: q.lesson,
    sectionSlug: q.sectionSlug,
    score,
  };
}
