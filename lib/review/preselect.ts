// Which rating the review screen preselects after the reveal. Nothing typed
// means nothing was judged: there is no suggestion (none is stored, so it never
// counts as overriding the scorer) and Good is preselected, as in Anki, for
// people who answer in their head and grade themselves. A typed answer
// preselects the scorer's suggestion (Again for an empty-verdict or the common
// wrong answer, see lib/scoring/suggest-rating.ts).
export const NOTHING_TYPED_RATING = 3;

export function preselectedRating(suggested: number | null | undefined): number {
  return suggested ?? NOTHING_TYPED_RATING;
}
