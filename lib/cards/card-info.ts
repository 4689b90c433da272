// Card info, like Anki's: the question, its chapter, every review with what
// the scorer said, and the card's state now. null when the card is not the user's.
import type { TDb } from "@/lib/db/client";
import { makeRetrievability } from "@/lib/stats/retrievability";
import { owned } from "@/lib/db/owned";

export const MAX_LOGS_SHOWN = 1_000;

export async function cardInfo(db: TDb, user: { id: string; fsrsWeights: string | null }, cardId: string, now: Date) {
  const mine = owned(db, user.id);
  const card = await mine.card.findFirst({
    where: { id: cardId },
    select: {
      id: true,
      state: true,
      due: true,
      stability: true,
      difficulty: true,
      lapses: true,
      reps: true,
      lastReview: true,
      suspended: true,
      leech: true,
      buriedUntil: true,
      question: {
        select: {
          prompt: true,
          kind: true,
          modelAnswer: true,
          wrongAnswer: true,
          lesson: { select: { slug: true, number: true, title: true } },
        },
      },
    },
  });
  if (!card) return null;
  const logs = await mine.reviewLog.findMany({
    where: { cardId: card.id },
    select: {
      id: true,
      review: true,
      rating: true,
      suggestedRating: true,
      stability: true,
      difficulty: true,
      answer: true,
      score: true,
      verdict: true,
      state: true,
      nextDue: true,
      nextState: true,
      source: true,
      undone: true,
      durationMs: true,
    },
    orderBy: { review: "asc" },
    take: MAX_LOGS_SHOWN,
  });
  // The stability and difficulty a review left are those the next log started
  // from; for the last live review, the card's own.
  const live = logs.filter((l) => !l.undone);
  const after = new Map<string, { stability: number; difficulty: number }>();
  live.forEach((l, i) => {
    const following = live[i + 1];
    after.set(
      l.id,
      following
        ? { stability: following.stability, difficulty: following.difficulty }
        : { stability: card.stability, difficulty: card.difficulty },
    );
  });
  return {
    ...card,
    retrievability: makeRetrievability(user.fsrsWeights)(card, now),
    logs: logs.map((l) => ({
      ...l,
      intervalDays: (l.nextDue.getTime() - l.review.getTime()) / 86_400_000,
      after: after.get(l.id) ?? null,
    })),
  };
}
