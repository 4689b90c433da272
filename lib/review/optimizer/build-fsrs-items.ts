// Review logs → FSRS training items, following the binding's own converter
// (convertCsvToFsrsItems in @open-spaced-repetition/binding 0.5.0), so our
// items mean what fsrs-rs expects. Pure and binding-agnostic: plain arrays,
// which tests can compare and a worker could receive.
import type { TUserClock } from "@/lib/review/user-day";

export type TOptimizerLog = { cardId: string; rating: number; state: number; review: Date; undone?: boolean };
/** One review as fsrs-rs sees it: delta_t is whole user-days since the previous review (0 for the first). */
export type TFsrsReview = { rating: number; deltaT: number };
/** A card's history up to and including the review being predicted. */
export type TFsrsItem = TFsrsReview[];

/** Manual entries (rating 0: reset, reschedule) and undone reviews are not memory evidence. */
export const isUsableLog = (l: TOptimizerLog) => !l.undone && l.rating >= 1 && l.rating <= 4;

export function buildFsrsItems(logs: readonly TOptimizerLog[], clock: TUserClock): TFsrsItem[] {
  const dayOf = userDayNumber(clock);
  const byCard = new Map<string, TOptimizerLog[]>();
  for (const l of logs) {
    if (!isUsableLog(l)) continue;
    const list = byCard.get(l.cardId);
    if (list) list.push(l);
    else byCard.set(l.cardId, [l]);
  }
  const dated: { at: number; item: TFsrsItem }[] = [];
  for (const cardLogs of byCard.values()) {
    const history = sinceLastLearning(cardLogs.sort((a, b) => a.review.getTime() - b.review.getTime()));
    const days = history.map((l) => dayOf(l.review));
    const reviews = history.map((l, i) => ({
      rating: l.rating,
      deltaT: i === 0 ? 0 : Math.max(0, days[i]! - days[i - 1]!),
    }));
    // Only reviews on a later day are predicted; same-day steps stay in the history.
    for (let i = 1; i < reviews.length; i++) {
      if (reviews[i]!.deltaT > 0) dated.push({ at: history[i]!.review.getTime(), item: reviews.slice(0, i + 1) });
    }
  }
  // fsrs-rs weights items by position (recency), so they must be in time order.
  return dated.sort((a, b) => a.at - b.at).map((d) => d.item);
}

/**
 * From the start of the card's last learning block (state New/Learning before
 * the review): a reset card starts over, and a card whose first learning
 * reviews are missing has no usable start at all.
 */
function sinceLastLearning(logs: TOptimizerLog[]): TOptimizerLog[] {
  let start = -1;
  for (let i = logs.length - 1; i >= 0; i--) {
    if (logs[i]!.state === 0 || logs[i]!.state === 1) start = i;
    else if (start >= 0) break;
  }
  return start < 0 ? [] : logs.slice(start);
}

const DAY = 86_400_000;

/**
 * Whole-day counter in the user's calendar, where a day starts at dayStartHour
 * (01:00 with a 04:00 start is still yesterday): local time minus the start
 * hour, as the binding's converter computes it. Reading a zone's offset via
 * Intl is the slow part, so it is read twice per UTC day and reused when both
 * agree; only the two days a year with a DST change read it per review.
 */
export function userDayNumber(clock: TUserClock): (at: Date) => number {
  const fmt = new Intl.DateTimeFormat("en-US", {
    timeZone: clock.timezone,
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
  });
  const offsetAt = (ms: number) => {
    const parts = fmt.formatToParts(new Date(ms));
    const n = (t: string) => Number(parts.find((p) => p.type === t)?.value);
    return Date.UTC(n("year"), n("month") - 1, n("day"), n("hour"), n("minute")) - Math.floor(ms / 60_000) * 60_000;
  };
  const perDay = new Map<number, number | null>();
  return (at) => {
    const ms = at.getTime();
    const utcDay = Math.floor(ms / DAY);
    let offset = perDay.get(utcDay);
    if (offset === undefined) {
      const [a, b] = [offsetAt(utcDay * DAY), offsetAt((utcDay + 1) * DAY - 1)];
      perDay.set(utcDay, (offset = a === b ? a : null));
    }
    return Math.floor((ms + (offset ?? offsetAt(ms)) - clock.dayStartHour * 3_600_000) / DAY);
  };
}
