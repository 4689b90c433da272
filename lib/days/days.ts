// The one module for days and zones. A user's "day" is a YYYY-MM-DD string in
// their own calendar, running from their day-start hour to the next one in
// their time zone (Anki's "next day starts at"), so a review at 01:00 still
// counts for yesterday when the day starts at 04:00. Zone math is
// @date-fns/tz, calendar math date-fns in UTC (a day string has no zone).
// Weeks run Monday to Sunday. Pure.
import { tz, TZDate, tzOffset } from "@date-fns/tz";
import { LRUCache } from "lru-cache";
import { addDays as addCalendarDays, format, getISODay, startOfISOWeek } from "date-fns";

export type TUserClock = { timezone: string; dayStartHour: number };

const UTC = tz("UTC");
const key = (d: Date) => format(d, "yyyy-MM-dd");

const DAY_MS = 86_400_000;
// A day string read as UTC midnight: calendar arithmetic in plain milliseconds (no zone to
// consult), since the hot paths (every review) shift days and date-fns formatting costs.
/** The day `n` calendar days after `day` (negative: before). */
export const addDays = (day: string, n: number): string =>
  new Date(Date.parse(day) + n * DAY_MS).toISOString().slice(0, 10);

/** Whole days from a to b (b later → positive). */
export const daysBetween = (a: string, b: string): number => Math.round((Date.parse(b) - Date.parse(a)) / DAY_MS);

/** Monday 0 … Sunday 6. */
export const weekdayOf = (day: string): number => getISODay(new TZDate(day, "UTC")) - 1;

/** Monday and Sunday of the week holding `day`; `weeksBack` 1 is the week before. */
export function weekOf(day: string, weeksBack = 0): { from: string; to: string } {
  const from = key(addCalendarDays(startOfISOWeek(day, { in: UTC }), -7 * weeksBack));
  return { from, to: addDays(from, 6) };
}

/** First day of the month holding `day`. */
export const monthStart = (day: string) => `${day.slice(0, 7)}-01`;

/** The n days ending with `last`, oldest first. */
export const dayRange = (last: string, n: number): string[] =>
  Array.from({ length: n }, (_, i) => addDays(last, i - n + 1));

/** Minutes the zone is ahead of UTC at `at`. */
export const offsetMinutes = (timezone: string, at: Date): number => tzOffset(timezone, at);

// One formatter per zone: building an Intl.DateTimeFormat costs far more than using one,
// and every review asks for its user's day.
const wallFormats = new LRUCache<string, Intl.DateTimeFormat>({ max: 1_000 });
function wallFormat(timezone: string): Intl.DateTimeFormat {
  let f = wallFormats.get(timezone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone: timezone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
    });
    wallFormats.set(timezone, f);
  }
  return f;
}

/** The user's day key holding `now`: the wall-clock date, or the one before while it is earlier than the day-start hour. */
function dayKey(clock: TUserClock, now: Date): string {
  const wall: Record<string, number> = {};
  for (const p of wallFormat(clock.timezone).formatToParts(now))
    if (p.type !== "literal") wall[p.type] = Number(p.value);
  const back = wall.hour! < clock.dayStartHour ? 1 : 0;
  return new Date(Date.UTC(wall.year!, wall.month! - 1, wall.day! - back)).toISOString().slice(0, 10);
}

/**
 * The user's day holding `now`, and the instants it starts and ends (23 or 25 hours across a DST change).
 * `start` and `end` are worked out when read: most callers need only the day.
 */
export function userDay(clock: TUserClock, now: Date): { day: string; start: Date; end: Date } {
  const day = dayKey(clock, now);
  const at = (dayOffset: number) => {
    const [y, m, d] = day.split("-").map(Number) as [number, number, number];
    return new Date(new TZDate(y, m - 1, d + dayOffset, clock.dayStartHour, clock.timezone).getTime());
  };
  return {
    day,
    get start() {
      return at(0);
    },
    get end() {
      return at(1);
    },
  };
}
