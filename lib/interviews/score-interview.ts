// Scores and summaries of one interview. Pure.

export type TScoredAnswer = {
  score: number | null;
  verdict: string | null;
  timedOut: boolean;
  skipped: boolean;
  answeredAt: Date | null;
};

/** Missed: timed out, skipped, or anything short of a correct answer. What "Retry the ones I missed" asks again. */
export const isMissed = (a: TScoredAnswer) =>
  a.timedOut || a.skipped || a.answeredAt === null || a.verdict !== "correct";

/**
 * Missed as the report and "Retry the ones I missed" read it: the person's
 * correction ("I was right" / "I was wrong") decides over the verdict; a late
 * or skipped answer stays missed whatever was said of its content.
 */
export const isMissedAfterCorrection = (a: TScoredAnswer & { correctedRating: number | null }) =>
  a.correctedRating === null || a.timedOut || a.skipped || a.answeredAt === null
    ? isMissed(a)
    : a.correctedRating === 1;

/** What an answer adds to the interview's score: a late or skipped answer earns nothing. */
export const earnedScore = (a: TScoredAnswer) =>
  a.timedOut || a.skipped || a.answeredAt === null ? 0 : (a.score ?? 0);

/** The interview's score: the mean earned score over every question asked, 0–100. */
export function interviewScore(answers: readonly TScoredAnswer[]): number {
  if (!answers.length) return 0;
  return Math.round(answers.reduce((sum, a) => sum + earnedScore(a), 0) / answers.length);
}

/** Chapters of this interview by mean earned score, weakest first (ties: more questions first, then title). */
export function weakestChapters<T extends TScoredAnswer & { lesson: { slug: string; title: string } }>(
  answers: readonly T[],
) {
  const by = new Map<string, { slug: string; title: string; total: number; count: number }>();
  for (const a of answers) {
    const g = by.get(a.lesson.slug) ?? { slug: a.lesson.slug, title: a.lesson.title, total: 0, count: 0 };
    g.total += earnedScore(a);
    g.count += 1;
    by.set(a.lesson.slug, g);
  }
  return [...by.values()]
    .map((g) => ({ slug: g.slug, title: g.title, questions: g.count, score: Math.round(g.total / g.count) }))
    .sort((x, y) => x.score - y.score || y.questions - x.questions || x.title.localeCompare(y.title));
}
