// The one module for days and zones. A user's "day" is a YYYY-MM-DD string in
// their own calendar, running from their day-start hour to the next one in
// their time zone (Anki's "next day starts at"), so a review at 01:00 still
// counts for yesterday when the day starts at 04:00. Zone math is
// @date-fns/tz, calendar math date-fns in UTC (a day string has no zone).
// Weeks run Monday to Sunday. Pure.
import { tz, TZDate, tzOffset } from "@date-fns/tz";
import { addDays as addCalendarDays, differenceInCalendarDays, format, getISODay, startOfISOWeek } from "date-fns";

export type TUserClock = { timezone: string; dayStartHour: number };

const UTC = tz("UTC");
const key = (d: Date) => format(d, "yyyy-MM-dd");

/** The day `n` calendar days after `day` (negative: before). */
export const addDays = (day: string, n: number): string => key(addCalendarDays(day, n, { in: UTC }));

/** Whole days from a to b (b later → positive). */
export const daysBetween = (a: string, b: string): number => differenceInCalendarDays(b, a, { in: UTC });

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

/** The user's day holding `now`, and the instants it starts and ends (23 or 25 hours across a DST change). */
export function userDay(clock: TUserClock, now: Date): { day: string; start: Date; end: Date } {
  const wall = new TZDate(now, clock.timezone);
  // Before the day-start hour on the wall clock, it is still the previous day.
  const dayOf = new TZDate(
    wall.getFullYear(),
    wall.getMonth(),
    wall.getDate() - (wall.getHours() < clock.dayStartHour ? 1 : 0),
    clock.timezone,
  );
  const at = (dayOffset: number) =>
    new Date(
      new TZDate(
        dayOf.getFullYear(),
        dayOf.getMonth(),
        dayOf.getDate() + dayOffset,
        clock.dayStartHour,
        clock.timezone,
      ).getTime(),
    );
  return { day: key(dayOf), start: at(0), end: at(1) };
}
