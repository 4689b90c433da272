import { describe, expect, it } from "vitest";
import { isDue, leftToday, LEARN_AHEAD_MS } from "@/lib/review/due-rules";
import { userDay } from "@/lib/review/user-day";

const clock = { timezone: "America/New_York", dayStartHour: 4 };
// 03:59 in New York (UTC-5): still Monday's user day, which ends at 04:00.
const now = new Date("2026-02-03T08:59:00Z");
const end = userDay(clock, now).end;
const card = (state: number, due: Date, extra = {}) => ({ state, due, suspended: false, buriedUntil: null, ...extra });

describe("one definition of due", () => {
  it("a review card is due when it falls due before the user's day ends", () => {
    expect(end.toISOString()).toBe("2026-02-03T09:00:00.000Z");
    expect(isDue(card(2, new Date("2026-02-03T08:59:59Z")), now, end)).toBe(true);
    expect(isDue(card(2, new Date("2026-02-03T09:00:00Z")), now, end)).toBe(false);
    // A minute later the new day has begun, and the card is due in it.
    const after = new Date("2026-02-03T09:00:00Z");
    expect(isDue(card(2, new Date("2026-02-03T09:00:00Z")), after, userDay(clock, after).end)).toBe(true);
  });

  it("a learning step is due within the learn-ahead window, whatever the day", () => {
    expect(isDue(card(1, new Date(now.getTime() + LEARN_AHEAD_MS)), now, end)).toBe(true);
    expect(isDue(card(3, new Date(now.getTime() + LEARN_AHEAD_MS + 1)), now, end)).toBe(false);
  });

  it("new, suspended and buried cards are not due", () => {
    expect(isDue(card(0, now), now, end)).toBe(false);
    expect(isDue(card(2, now, { suspended: true }), now, end)).toBe(false);
    expect(isDue(card(2, now, { buriedUntil: end }), now, end)).toBe(false);
    expect(isDue(card(2, now, { buriedUntil: now }), now, end)).toBe(true);
  });

  it("a daily limit leaves zero, never less, once reached or passed", () => {
    expect([leftToday(20, 0), leftToday(20, 19), leftToday(20, 20), leftToday(20, 23)]).toEqual([20, 1, 0, 0]);
  });
});
