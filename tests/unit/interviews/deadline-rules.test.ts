import { describe, expect, it } from "vitest";
import {
  deadlineFor,
  GRACE_MS,
  isTimedOut,
  latestEnd,
  secondsLeft,
  shouldAnnounce,
  timeUsedMs,
} from "@/lib/interviews/deadline-rules";

const shown = new Date("2026-05-01T12:00:00Z");
const at = (ms: number) => new Date(shown.getTime() + ms);

describe("interview deadlines", () => {
  const deadline = deadlineFor(shown, 15);

  it("gives each question its seconds from when it is shown", () => {
    expect(deadline.toISOString()).toBe("2026-05-01T12:00:15.000Z");
  });

  it("accepts an answer up to the grace after the deadline, and not a millisecond later", () => {
    expect(GRACE_MS).toBe(3_000);
    expect(isTimedOut(deadline, at(15_000))).toBe(false);
    expect(isTimedOut(deadline, at(15_000 + GRACE_MS))).toBe(false);
    expect(isTimedOut(deadline, at(15_000 + GRACE_MS + 1))).toBe(true);
  });

  it("counts the seconds that are really left, rounding up, never below zero", () => {
    expect(secondsLeft(deadline, shown)).toBe(15);
    expect(secondsLeft(deadline, at(5_200))).toBe(10);
    expect(secondsLeft(deadline, at(14_999))).toBe(1);
    expect(secondsLeft(deadline, at(60_000))).toBe(0);
  });

  it("caps the time used at the time allowed", () => {
    expect(timeUsedMs(shown, deadline, at(4_000))).toBe(4_000);
    expect(timeUsedMs(shown, deadline, at(3_600_000))).toBe(15_000);
  });

  it("bounds the whole interview by every question's time plus grace", () => {
    expect(latestEnd(shown, 3, 15).getTime() - shown.getTime()).toBe(3 * (15_000 + GRACE_MS));
  });

  it("announces the countdown at 30 and 10 seconds only", () => {
    expect(Array.from({ length: 121 }, (_, i) => i).filter(shouldAnnounce)).toEqual([10, 30]);
  });
});
