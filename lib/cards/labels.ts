// Names shown for FSRS states and ratings.
export const STATE_NAMES = ["New", "Learning", "Review", "Relearning"] as const;
export const RATING_NAMES = ["", "Again", "Hard", "Good", "Easy"] as const;
export const stateName = (s: number) => STATE_NAMES[s] ?? String(s);
export const ratingName = (r: number | null) => (r === null ? "–" : (RATING_NAMES[r] ?? String(r)));
export const percent = (r: number | null) => (r === null ? "–" : `${Math.round(r * 100)}%`);
export const formatDays = (d: number) =>
  d < 1 / 24
    ? `${Math.max(1, Math.round(d * 1440))} min`
    : d < 1
      ? `${Math.round(d * 24)} h`
      : `${d < 10 ? d.toFixed(1) : Math.round(d)} d`;
