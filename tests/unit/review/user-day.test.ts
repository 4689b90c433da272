import { describe, expect, it } from "vitest";
import { TZDate } from "@date-fns/tz";
import { userDay } from "@/lib/review/user-day";

/** The day by wall-clock fields of a TZDate: slower, obviously right, the oracle for the fast path. */
function oracleDay(timezone: string, dayStartHour: number, now: Date): string {
  const wall = new TZDate(now, timezone);
  const d = new TZDate(
    wall.getFullYear(),
    wall.getMonth(),
    wall.getDate() - (wall.getHours() < dayStartHour ? 1 : 0),
    timezone,
  );
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

describe("a user's day", () => {
  it("starts at the day-start hour in UTC", () => {
    const d = userDay({ timezone: "UTC", dayStartHour: 4 }, new Date("2026-03-10T03:59:00Z"));
    expect(d.day).toBe("2026-03-09");
    expect(d.start.toISOString()).toBe("2026-03-09T04:00:00.000Z");
    expect(d.end.toISOString()).toBe("2026-03-10T04:00:00.000Z");
    expect(userDay({ timezone: "UTC", dayStartHour: 4 }, new Date("2026-03-10T04:00:00Z")).day).toBe("2026-03-10");
  });

  it("follows the user's time zone", () => {
    // 23:30 UTC is 08:30 next morning in Tokyo (UTC+9).
    const d = userDay({ timezone: "Asia/Tokyo", dayStartHour: 4 }, new Date("2026-03-10T23:30:00Z"));
    expect(d.day).toBe("2026-03-11");
    expect(d.start.toISOString()).toBe("2026-03-10T19:00:00.000Z");
  });

  it("is 23 hours long across a spring-forward DST change", () => {
    // New York moves to UTC-4 on 2026-03-08 at 02:00.
    const d = userDay({ timezone: "America/New_York", dayStartHour: 4 }, new Date("2026-03-08T12:00:00Z"));
    expect(d.day).toBe("2026-03-08");
    expect(d.start.toISOString()).toBe("2026-03-08T08:00:00.000Z");
    expect(d.end.toISOString()).toBe("2026-03-09T08:00:00.000Z");
    const before = userDay({ timezone: "America/New_York", dayStartHour: 4 }, new Date("2026-03-07T12:00:00Z"));
    expect(before.end.getTime() - before.start.getTime()).toBe(23 * 3_600_000);
  });

  it("agrees with the wall clock in every zone, across DST changes and day-start hours", () => {
    const zones = [
      "UTC",
      "America/New_York",
      "Europe/London",
      "Australia/Lord_Howe",
      "Asia/Kolkata",
      "America/Santiago",
      "Pacific/Chatham",
    ];
    // Every 37 minutes through March and early April and through late October and November 2026: the DST changes of both hemispheres.
    const spans = [
      ["2026-03-01T00:00:00Z", "2026-04-10T00:00:00Z"],
      ["2026-10-20T00:00:00Z", "2026-11-10T00:00:00Z"],
    ];
    let checked = 0;
    for (const timezone of zones)
      for (const dayStartHour of [0, 4, 23])
        for (const [from, to] of spans)
          for (let t = Date.parse(from!); t < Date.parse(to!); t += 37 * 60_000) {
            const now = new Date(t);
            expect(
              userDay({ timezone, dayStartHour }, now).day,
              `${timezone} ${dayStartHour} ${now.toISOString()}`,
            ).toBe(oracleDay(timezone, dayStartHour, now));
            checked++;
          }
    expect(checked).toBeGreaterThan(40_000);
  });
});
