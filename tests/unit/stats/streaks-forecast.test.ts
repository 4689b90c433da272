import { describe, expect, it } from "vitest";
import { computeStreaks } from "@/lib/stats/streaks";
import { forecast } from "@/lib/stats/forecast";
import { addDays, dayRange, makeDayKeyer } from "@/lib/stats/day-keys";
import { reviewsPerDay } from "@/lib/stats/reviews-per-day";

const utc = makeDayKeyer({ timezone: "UTC", dayStartHour: 0 });

describe("streaks", () => {
  it("counts runs longer than 400 days with no cap", () => {
    const days = dayRange("2026-03-10", 730); // two unbroken years ending today
    expect(computeStreaks(days, "2026-03-10")).toEqual({ current: 730, longest: 730 });
  });

  it("keeps the longest run when the current one is shorter, and forgives a missing today", () => {
    const old = dayRange("2025-06-30", 450);
    const recent = dayRange("2026-03-09", 3); // ends yesterday
    expect(computeStreaks([...recent, ...old], "2026-03-10")).toEqual({ current: 3, longest: 450 });
    expect(computeStreaks([...recent, ...old], "2026-03-11")).toEqual({ current: 0, longest: 450 });
  });

  it("is zero for no days, and ignores duplicates and order", () => {
    expect(computeStreaks([], "2026-03-10")).toEqual({ current: 0, longest: 0 });
    expect(computeStreaks(["2026-03-10", "2026-03-08", "2026-03-09", "2026-03-10"], "2026-03-10")).toEqual({
      current: 3,
      longest: 3,
    });
  });

  it("crosses month and leap-day boundaries", () => {
    expect(dayRange("2028-03-01", 3)).toEqual(["2028-02-28", "2028-02-29", "2028-03-01"]);
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
  });
});

describe("forecast", () => {
  it("counts cards per due day for 30 days, overdue ones today, later ones not at all", () => {
    const f = forecast(
      [
        new Date("2026-03-01T10:00:00Z"), // overdue
        new Date("2026-03-10T23:00:00Z"), // today
        new Date("2026-03-11T01:00:00Z"),
        new Date("2026-03-11T02:00:00Z"),
        new Date("2026-04-08T12:00:00Z"), // day 30 (index 29)
        new Date("2026-04-09T12:00:00Z"), // day 31: out
      ],
      utc,
      "2026-03-10",
    );
    expect(f).toHaveLength(30);
    expect(f[0]).toEqual({ day: "2026-03-10", due: 2 });
    expect(f[1]).toEqual({ day: "2026-03-11", due: 2 });
    expect(f[29]).toEqual({ day: "2026-04-08", due: 1 });
    expect(f.reduce((s, d) => s + d.due, 0)).toBe(5);
  });
});

describe("reviews per day", () => {
  it("stacks by state and sums time spent, only inside the window", () => {
    const d = reviewsPerDay(
      [
        { review: new Date("2026-03-10T08:00:00Z"), state: 0, durationMs: 30_000 },
        { review: new Date("2026-03-10T09:00:00Z"), state: 2, durationMs: 90_000 },
        { review: new Date("2026-03-09T09:00:00Z"), state: 3, durationMs: null },
        { review: new Date("2026-02-01T09:00:00Z"), state: 2, durationMs: 10_000 },
      ],
      utc,
      "2026-03-10",
      30,
    );
    expect(d).toHaveLength(30);
    expect(d[29]).toEqual({ day: "2026-03-10", counts: [1, 0, 1, 0], minutes: 2 });
    expect(d[28]).toEqual({ day: "2026-03-09", counts: [0, 0, 0, 1], minutes: 0 });
    expect(d.reduce((s, x) => s + x.counts.reduce((a, b) => a + b, 0), 0)).toBe(3);
  });
});

describe("day keys", () => {
  it("agree with userDay every 91 minutes over a year, minute by minute on a switch day,, across DST switches and odd offsets", async () => {
    const { userDay } = await import("@/lib/review/user-day");
    for (const clock of [
      { timezone: "Europe/Berlin", dayStartHour: 4 },
      { timezone: "America/St_Johns", dayStartHour: 0 },
      { timezone: "Asia/Kathmandu", dayStartHour: 23 },
      { timezone: "Australia/Lord_Howe", dayStartHour: 2 },
    ]) {
      const dayOf = makeDayKeyer(clock);
      const start = Date.parse("2026-01-01T00:00:00Z");
      for (let t = start; t < start + 366 * 86_400_000; t += 91 * 60_000) {
        const at = new Date(t);
        if (dayOf(at) !== userDay(clock, at).day)
          throw new Error(`${clock.timezone} ${at.toISOString()}: ${dayOf(at)} vs ${userDay(clock, at).day}`);
      }
      // Around the day start itself, minute by minute on a DST switch day (Berlin: 29 March 2026).
      for (let t = Date.parse("2026-03-29T00:00:00Z"); t < Date.parse("2026-03-30T06:00:00Z"); t += 60_000) {
        expect(dayOf(new Date(t))).toBe(userDay(clock, new Date(t)).day);
      }
    }
  });
});
