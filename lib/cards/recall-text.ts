// Card info's recall figure. Right after a review predicted recall is 100 % by
// definition, so "recall now" alone says nothing; the chance of recall when the
// card next comes due is what the schedule aims at and what tells cards apart.
import { percent } from "./labels";

type TRecall = (card: { stability: number; lastReview: Date | null; state: number }, at: Date) => number | null;
type TCard = { stability: number; lastReview: Date | null; state: number; due: Date };

export function recallText(card: TCard, retrievability: TRecall, now: Date): string {
  const atDue = retrievability(card, card.due);
  if (atDue === null) return "– (new card)";
  const current = retrievability(card, now)!;
  // Overdue: the due moment has passed, so "now" is the lower, honest figure.
  return card.due <= now ? `${percent(current)} now (overdue; ${percent(atDue)} when it fell due)` : `${percent(atDue)} at next due · ${percent(current)} now`;
}
