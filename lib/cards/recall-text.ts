// Card info's recall figure. Right after a review predicted recall is 100 % by
// definition, so "recall now" alone says nothing. A card due a day or more
// after its review shows the chance of recall when it next comes due (what the
// schedule aims at); a learning or relearning card, due again in minutes, shows
// it a day from now, which is where its short stability shows.
import { formatDays, percent } from "./labels";

type TRecall = (card: { stability: number; lastReview: Date | null; state: number }, at: Date) => number | null;
type TCard = { stability: number; lastReview: Date | null; state: number; due: Date };

const DAY_MS = 86_400_000;

export function recallText(card: TCard, retrievability: TRecall, now: Date): string {
  const current = retrievability(card, now);
  if (current === null) return "– (new card)";
  if (card.due <= now)
    return `${percent(current)} now (overdue; ${percent(retrievability(card, card.due))} when it fell due)`;
  if (card.due.getTime() - now.getTime() >= DAY_MS)
    return `${percent(retrievability(card, card.due))} at next due · ${percent(current)} now`;
  const inADay = retrievability(card, new Date(now.getTime() + DAY_MS));
  return `${percent(inADay)} a day from now (stability ${formatDays(card.stability)}) · ${percent(current)} now`;
}
