// Calendar arithmetic on the user's own days (YYYY-MM-DD strings). Pure.
import { userDay, type TUserClock } from "@/lib/review/user-day";

const DAY_MS = 86_400_000;
// Every real time zone offset is a multiple of 15 minutes, and day-start hours are whole
// hours, so two instants in the same 15-minute slot always fall on the same user day.
const SLOT_MS = 15 * 60_000;
const MAX_CACHED_SLOTS = 100_000;

/** Shifts a YYYY-MM-DD day by n days. */
export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from a to b (b later → positive). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY_MS);
}

/**
 * The user day of an instant, memoised per 15-minute slot: userDay costs a few ICU
 * calls, and a year of review logs touches far fewer slots than it has rows. The cache
 * is per keyer (one request) and bounded.
 */
export function makeDayKeyer(clock: TUserClock): (at: Date) => string {
  const cache = new Map<number, string>();
  return (at) => {
    const slot = Math.floor(at.getTime() / SLOT_MS);
    let day = cache.get(slot);
    if (day === undefined) {
      if (cache.size >= MAX_CACHED_SLOTS) cache.clear();
      day = userDay(clock, new Date(slot * SLOT_MS)).day;
      cache.set(slot, day);
    }
    return day;
  };
}

/** The n days ending with `last`, oldest first. */
export function dayRange(last: string, n: number): string[] {
  return Array.from({ length: n }, (_, i) => addDays(last, i - n + 1));
}
