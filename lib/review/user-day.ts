// A user's "day" runs from their day-start hour to the next one, in their
// own time zone (Anki's "next day starts at"), so a review at 01:00 still
// counts for yesterday when the day starts at 04:00. Pure.

export type TUserClock = { timezone: string; dayStartHour: number };

// Building an Intl.DateTimeFormat costs ~0.1 ms (ICU); userDay needs five per call.
const formats = new Map<string, Intl.DateTimeFormat>();
const formatFor = (timeZone: string) => {
  let f = formats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit",
      hour: "2-digit", minute: "2-digit", second: "2-digit",
    });
    formats.set(timeZone, f);
  }
  return f;
};

/** Minutes the zone is ahead of UTC at `at`. */
export function offsetMinutes(timezone: string, at: Date): number {
  const parts = formatFor(timezone).formatToParts(at);
  const n = (t: string) => Number(parts.find((p) => p.type === t)?.value);
  const wall = Date.UTC(n("year"), n("month") - 1, n("day"), n("hour"), n("minute"), n("second"));
  return Math.round((wall - Math.floor(at.getTime() / 1000) * 1000) / 60_000);
}

/** The UTC instant when the local wall clock shows y-m-d h:00 (DST-safe to the hour). */
function instantOf(timezone: string, y: number, m: number, d: number, h: number): Date {
  const guess = Date.UTC(y, m, d, h);
  const first = guess - offsetMinutes(timezone, new Date(guess)) * 60_000;
  return new Date(guess - offsetMinutes(timezone, new Date(first)) * 60_000);
}

export function userDay(clock: TUserClock, now: Date): { day: string; start: Date; end: Date } {
  const local = new Date(now.getTime() + offsetMinutes(clock.timezone, now) * 60_000);
  // Before the day-start hour, it is still the previous day.
  const shifted = new Date(local.getTime() - clock.dayStartHour * 3_600_000);
  const [y, m, d] = [shifted.getUTCFullYear(), shifted.getUTCMonth(), shifted.getUTCDate()];
  const start = instantOf(clock.timezone, y, m, d, clock.dayStartHour);
  const end = instantOf(clock.timezone, y, m, d + 1, clock.dayStartHour);
  const day = `${y}-${String(m + 1).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
  return { day, start, end };
}
