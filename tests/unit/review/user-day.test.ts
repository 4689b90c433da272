import { describe, expect, it } from "vitest";
import { userDay } from "@/lib/review/user-day";

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
});
