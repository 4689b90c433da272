// The server keeps the interview clock. Pure: callers pass `now`.

/**
 * How late an answer may arrive and still count: the page submits on its own at
 * zero, and that request needs time to cross the network and queue behind others.
 */
export const GRACE_MS = 3_000;

/** A question's deadline: when it was shown plus the seconds allowed. */
export const deadlineFor = (shownAt: Date, secondsPerQuestion: number) =>
  new Date(shownAt.getTime() + secondsPerQuestion * 1000);

/** An answer is timed out when it arrives after the deadline plus the grace. */
export const isTimedOut = (deadline: Date, receivedAt: Date) => receivedAt.getTime() > deadline.getTime() + GRACE_MS;

/** Whole seconds the person still has (what the countdown shows), never negative. */
export const secondsLeft = (deadline: Date, now: Date) =>
  Math.max(0, Math.ceil((deadline.getTime() - now.getTime()) / 1000));

/** Time used on a question: from when it was shown to the answer, capped at the time allowed. */
export const timeUsedMs = (shownAt: Date, deadline: Date, receivedAt: Date) =>
  Math.max(0, Math.min(receivedAt.getTime(), deadline.getTime()) - shownAt.getTime());

/**
 * The latest an interview can end if every question runs to its deadline: the
 * session's `endsAt`, an upper bound kept for listings (each question's own
 * deadline is what is enforced).
 */
export const latestEnd = (startedAt: Date, count: number, secondsPerQuestion: number) =>
  new Date(startedAt.getTime() + count * (secondsPerQuestion * 1000 + GRACE_MS));

/** The countdown is announced to screen readers at these seconds only, not every second. */
export const ANNOUNCE_AT = [30, 10] as const;
export const shouldAnnounce = (left: number) => (ANNOUNCE_AT as readonly number[]).includes(left);
