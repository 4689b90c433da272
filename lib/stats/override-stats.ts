// "The scorer and you": how often the rating the scorer suggested was
// overruled, and which way. Choosing a higher rating than suggested means the
// scorer was too harsh; a lower one, too lenient. Rows may be single reviews
// (count 1) or grouped counts from SQL. Pure.

export type TOverrideRow = {
  lessonId: string;
  rating: number;
  suggestedRating: number;
  count: number;
  scoreSum: number;
  scored: number;
};
export type TOverrideChapter = {
  lessonId: string;
  total: number;
  agreed: number;
  tooHarsh: number;
  tooLenient: number;
  overruledRate: number | null;
};
export type TScoreByRating = { rating: number; count: number; meanScore: number | null };
export type TOverrideStats = {
  overall: TOverrideChapter;
  byChapter: TOverrideChapter[];
  scoresByRating: TScoreByRating[];
};

const empty = (lessonId: string): TOverrideChapter => ({
  lessonId,
  total: 0,
  agreed: 0,
  tooHarsh: 0,
  tooLenient: 0,
  overruledRate: null,
});

function add(t: TOverrideChapter, r: TOverrideRow) {
  t.total += r.count;
  if (r.rating > r.suggestedRating) t.tooHarsh += r.count;
  else if (r.rating < r.suggestedRating) t.tooLenient += r.count;
  else t.agreed += r.count;
}
const finish = (t: TOverrideChapter) => ({
  ...t,
  overruledRate: t.total ? (t.tooHarsh + t.tooLenient) / t.total : null,
});

export function overrideStats(rows: readonly TOverrideRow[]): TOverrideStats {
  const overall = empty("");
  const chapters = new Map<string, TOverrideChapter>();
  const byRating = [1, 2, 3, 4].map((rating) => ({ rating, count: 0, sum: 0, scored: 0 }));
  for (const r of rows) {
    add(overall, r);
    let c = chapters.get(r.lessonId);
    if (!c) chapters.set(r.lessonId, (c = empty(r.lessonId)));
    add(c, r);
    const b = byRating[r.rating - 1];
    if (b) {
      b.count += r.count;
      b.sum += r.scoreSum;
      b.scored += r.scored;
    }
  }
  return {
    overall: finish(overall),
    byChapter: [...chapters.values()].map(finish),
    scoresByRating: byRating.map((b) => ({
      rating: b.rating,
      count: b.count,
      meanScore: b.scored ? b.sum / b.scored : null,
    })),
  };
}
