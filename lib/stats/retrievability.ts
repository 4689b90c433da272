// Recall probability now, from the card's stability and the time since its
// last review, on the user's own forgetting curve (their FSRS weights). Pure.
import { default_w, forgetting_curve } from "ts-fsrs";

const DAY_MS = 86_400_000;

export function makeRetrievability(fsrsWeights: string | null) {
  const w = fsrsWeights ? (JSON.parse(fsrsWeights) as number[]) : default_w;
  return (card: { stability: number; lastReview: Date | null; state: number }, now: Date): number | null => {
    if (card.state === 0 || !card.lastReview || card.stability <= 0) return null;
    const elapsed = Math.max(0, (now.getTime() - card.lastReview.getTime()) / DAY_MS);
    return forgetting_curve(w, elapsed, card.stability);
  };
}
