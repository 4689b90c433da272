import { describe, expect, it } from "vitest";
import { addDays, dayRange, daysBetween, userDay, weekdayOf, weekOf } from "@/lib/days/days";

describe("the one day-and-zone module", () => {
  it("does calendar arithmetic on day strings across months, leap days and years", () => {
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(daysBetween("2026-01-01", "2027-01-01")).toBe(365);
    expect(dayRange("2026-03-02", 3)).toEqual(["2026-02-28", "2026-03-01", "2026-03-02"]);
  });

  it("runs weeks Monday to Sunday", () => {
    expect(weekdayOf("2026-03-09")).toBe(0); // a Monday
    expect(weekdayOf("2026-03-08")).toBe(6); // a Sunday
    expect(weekOf("2026-03-08")).toEqual({ from: "2026-03-02", to: "2026-03-08" });
    expect(weekOf("2026-03-09", 1)).toEqual({ from: "2026-03-02", to: "2026-03-08" });
  });

  it("is 25 hours long across a fall-back DST change and follows half-hour zones", () => {
    // New York moves back to UTC-5 on 2026-11-01 at 02:00: the day from 04:00 on the 31st holds it.
    const d = userDay({ timezone: "America/New_York", dayStartHour: 4 }, new Date("2026-10-31T12:00:00Z"));
    expect(d.day).toBe("2026-10-31");
    expect(d.end.getTime() - d.start.getTime()).toBe(25 * 3_600_000);
    // 22:00 UTC is 03:30 next morning in Kolkata (UTC+5:30): before a 04:00 day start, still the day before.
    expect(userDay({ timezone: "Asia/Kolkata", dayStartHour: 4 }, new Date("2026-03-10T22:00:00Z")).day).toBe(
      "2026-03-10",
    );
    expect(userDay({ timezone: "Asia/Kolkata", dayStartHour: 4 }, new Date("2026-03-10T22:30:00Z")).day).toBe(
      "2026-03-11",
    );
  });
});
