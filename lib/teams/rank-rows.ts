// Board order. Pure. Ties are broken, in order, by:
//   1. more points
//   2. higher true retention (no retention reviews counts as 0)
//   3. fewer reviews (the same points from less grinding)
//   4. earlier joined the team
//   5. user id (stable, so two loads never swap two equal rows)
// Every row gets its own rank (1, 2, 3 … no shared places).

export type TBoardEntry = {
  userId: string;
  name: string;
  joinedAt: Date;
  points: number;
  reviews: number;
  retentionReviews: number;
  retentionRecalled: number;
  streak: number;
};
export type TBoardRow = {
  rank: number;
  name: string;
  points: number;
  reviews: number;
  retention: number | null;
  streak: number;
  me: boolean;
};

export const retentionOf = (e: Pick<TBoardEntry, "retentionReviews" | "retentionRecalled">) =>
  e.retentionReviews > 0 ? e.retentionRecalled / e.retentionReviews : null;

export function compareEntries(a: TBoardEntry, b: TBoardEntry): number {
  return (
    b.points - a.points ||
    (retentionOf(b) ?? 0) - (retentionOf(a) ?? 0) ||
    a.reviews - b.reviews ||
    a.joinedAt.getTime() - b.joinedAt.getTime() ||
    (a.userId < b.userId ? -1 : a.userId > b.userId ? 1 : 0)
  );
}

export function rankRows(entries: readonly TBoardEntry[], viewerId: string): TBoardRow[] {
  return [...entries].sort(compareEntries).map((e, i) => ({
    rank: i + 1,
    name: e.name,
    points: e.points,
    reviews: e.reviews,
    retention: retentionOf(e),
    streak: e.streak,
    me: e.userId === viewerId,
  }));
}
