// The one definition of "due" and "left today" that Today, Lessons and the
// queue share. Pure: callers pass `now` and the end of the user's day.
//
// - A learning or relearning card is due when its step comes within the
//   learn-ahead window (Anki's learn-ahead: shown rather than making you wait).
// - A review card is due when it falls due before the user's day ends.
// - A new card is never "due"; the daily new-card limit lets some in.
// - Suspended, retired and buried (until a later time) cards are none of these.

export const LEARN_AHEAD_MS = 20 * 60_000;

export type TDueCard = { state: number; due: Date; suspended: boolean; retired?: boolean; buriedUntil: Date | null };

export function learnAheadUntil(now: Date): Date {
  return new Date(now.getTime() + LEARN_AHEAD_MS);
}

export function isDue(card: TDueCard, now: Date, dayEnd: Date): boolean {
  if (card.suspended || card.retired || (card.buriedUntil && card.buriedUntil > now)) return false;
  if (card.state === 1 || card.state === 3) return card.due <= learnAheadUntil(now);
  if (card.state === 2) return card.due < dayEnd;
  return false;
}

/** What a daily limit still allows: never below zero, so a limit is never exceeded. */
export function leftToday(limit: number, done: number): number {
  return Math.max(0, limit - done);
}
