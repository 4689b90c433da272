// Queue order, as a pure function of the candidate cards (so it is tested
// with fixed dates): learning steps that are due come back first, then due
// reviews with the lowest recall probability first, with today's new cards
// spread evenly between them; learning cards not yet due wait at the end.

export type TQueueCandidate = { id: string; state: number; due: Date; retrievability: number };

export function buildQueue(
  learning: TQueueCandidate[],
  reviews: TQueueCandidate[],
  fresh: TQueueCandidate[],
  now: Date,
): TQueueCandidate[] {
  const byDue = (a: TQueueCandidate, b: TQueueCandidate) => a.due.getTime() - b.due.getTime();
  const dueLearning = learning.filter((c) => c.due <= now).sort(byDue);
  const laterLearning = learning.filter((c) => c.due > now).sort(byDue);
  const sortedReviews = [...reviews].sort((a, b) => a.retrievability - b.retrievability || byDue(a, b));
  return [...dueLearning, ...interleave(sortedReviews, fresh), ...laterLearning];
}

/** Reviews keep priority; one new card after every `gap` reviews, the rest at the end. */
export function interleave<T>(reviews: T[], fresh: T[]): T[] {
  if (!fresh.length) return reviews;
  if (!reviews.length) return fresh;
  const gap = Math.max(1, Math.floor(reviews.length / fresh.length));
  const out: T[] = [];
  let n = 0;
  reviews.forEach((r, i) => {
    out.push(r);
    if ((i + 1) % gap === 0 && n < fresh.length) out.push(fresh[n++]!);
  });
  return [...out, ...fresh.slice(n)];
}
