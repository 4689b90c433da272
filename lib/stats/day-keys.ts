// The user day of many instants at once (a year of review logs), on the
// day-and-zone module lib/days/days.ts. Pure.
import { offsetMinutes, userDay, type TUserClock } from "@/lib/days/days";

export { addDays, dayRange, daysBetween } from "@/lib/days/days";

const DAY_MS = 86_400_000;
// Every real time zone offset is a multiple of 15 minutes, and day-start hours are whole
// hours, so two instants in the same 15-minute slot always fall on the same user day.
const SLOT_MS = 15 * 60_000;
const MAX_CACHED_SLOTS = 100_000;

/**
 * The user day of an instant, the same answer as userDay, fast enough for a year of
 * review logs: the zone's offset is looked up twice per UTC day (ICU calls cost
 * microseconds each) and, when it is the same at both ends of that day (every day
 * but a DST switch), the day is plain arithmetic. On switch days each 15-minute
 * slot goes through userDay: every real offset is a multiple of 15 minutes and
 * day-start hours are whole, so a slot never straddles a day boundary. The caches
 * are per keyer (one request) and bounded.
 */
export function makeDayKeyer(clock: TUserClock): (at: Date) => string {
  const offsets = new Map<number, number | null>();
  const slots = new Map<number, string>();
  const names = new Map<number, string>();
  const startMs = clock.dayStartHour * 3_600_000;
  return (at) => {
    const ms = at.getTime();
    const utcDay = Math.floor(ms / DAY_MS);
    let offset = offsets.get(utcDay);
    if (offset === undefined) {
      if (offsets.size >= MAX_CACHED_SLOTS) offsets.clear();
      const a = offsetMinutes(clock.timezone, new Date(utcDay * DAY_MS));
      const b = offsetMinutes(clock.timezone, new Date((utcDay + 1) * DAY_MS - 1));
      offset = a === b ? a : null;
      offsets.set(utcDay, offset);
    }
    if (offset === null) {
      const slot = Math.floor(ms / SLOT_MS);
      let day = slots.get(slot);
      if (day === undefined) {
        if (slots.size >= MAX_CACHED_SLOTS) slots.clear();
        day = userDay(clock, new Date(slot * SLOT_MS)).day;
        slots.set(slot, day);
      }
      return day;
    }
    const local = Math.floor((ms + offset * 60_000 - startMs) / DAY_MS);
    let name = names.get(local);
    if (name === undefined) {
      if (names.size >= MAX_CACHED_SLOTS) names.clear();
      name = new Date(local * DAY_MS).toISOString().slice(0, 10);
      names.set(local, name);
    }
    return name;
  };
}
