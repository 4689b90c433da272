import { expect, it } from "vitest";
import { dayOf } from "@/lib/anki/replay-history";
import { userDay } from "@/lib/review/user-day";

it("gives userDay's day label, across DST changes and day-start hours", () => {
  const clocks = [
    { timezone: "Europe/Berlin", dayStartHour: 4 },
    { timezone: "America/St_Johns", dayStartHour: 0 },
    { timezone: "Asia/Kolkata", dayStartHour: 23 },
    { timezone: "UTC", dayStartHour: 4 },
  ];
  for (const clock of clocks) {
    for (let t = Date.UTC(2025, 2, 28); t < Date.UTC(2025, 3, 2); t += 7 * 60_000) {
      expect(dayOf(clock, new Date(t))).toBe(userDay(clock, new Date(t)).day);
    }
  }
});
