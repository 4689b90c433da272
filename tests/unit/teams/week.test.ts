import { describe, expect, it } from "vitest";
import { monthStart, shiftDay, weekOf } from "@/lib/teams/week";
import { userDay } from "@/lib/review/user-day";

describe("weeks on the reviewer's own days", () => {
  it("runs Monday to Sunday", () => {
    expect(weekOf("2026-03-11")).toEqual({ from: "2026-03-09", to: "2026-03-15" }); // a Wednesday
    expect(weekOf("2026-03-09")).toEqual({ from: "2026-03-09", to: "2026-03-15" }); // Monday
    expect(weekOf("2026-03-15")).toEqual({ from: "2026-03-09", to: "2026-03-15" }); // Sunday
    expect(weekOf("2026-03-15", 1)).toEqual({ from: "2026-03-02", to: "2026-03-08" });
    expect(weekOf("2027-01-01")).toEqual({ from: "2026-12-28", to: "2027-01-03" }); // across a year
    expect(shiftDay("2026-03-01", -1)).toBe("2026-02-28");
    expect(monthStart("2026-03-15")).toBe("2026-03-01");
  });

  it("puts the same instant in different weeks for different time zones and day-start hours", () => {
    // Monday 2026-03-09 02:00 UTC: still Sunday in New York, and before a 04:00 day start in London.
    const at = new Date("2026-03-09T02:00:00Z");
    const week = (timezone: string, dayStartHour: number) => weekOf(userDay({ timezone, dayStartHour }, at).day);
    expect(week("UTC", 0)).toEqual({ from: "2026-03-09", to: "2026-03-15" });
    expect(week("Europe/London", 4)).toEqual({ from: "2026-03-02", to: "2026-03-08" });
    expect(week("America/New_York", 0)).toEqual({ from: "2026-03-02", to: "2026-03-08" });
    expect(week("Asia/Tokyo", 4)).toEqual({ from: "2026-03-09", to: "2026-03-15" });
    // Sunday 23:30 in Auckland is already Monday there at 00:00 → next week with day start 0.
    expect(week("Pacific/Auckland", 0)).toEqual({ from: "2026-03-09", to: "2026-03-15" });
  });
});
