import { describe, expect, it } from "vitest";
import { trueRetention, type TRetentionLog } from "@/lib/stats/true-retention";
import { makeDayKeyer } from "@/lib/stats/day-keys";

const utc = makeDayKeyer({ timezone: "UTC", dayStartHour: 0 });
const at = (iso: string) => new Date(iso);
const log = (cardId: string, iso: string, rating: number, scheduledDays: number, state = 2): TRetentionLog => ({
  cardId,
  review: at(iso),
  rating,
  state,
  scheduledDays,
});
const row = (rows: ReturnType<typeof trueRetention>, p: string) => rows.find((r) => r.period === p)!;

describe("true retention (Anki's definition)", () => {
  it("counts only the first review of a card each day; Again fails", () => {
    const rows = trueRetention(
      [
        log("a", "2026-03-10T08:00:00Z", 1, 5), // fail, first of the day
        log("a", "2026-03-10T08:10:00Z", 3, 0, 3), // relearning the same day: ignored
        log("b", "2026-03-10T09:00:00Z", 2, 4), // Hard passes
        log("c", "2026-03-10T10:00:00Z", 4, 30), // mature pass
        log("d", "2026-03-10T11:00:00Z", 1, 21), // exactly 21 days: mature fail
      ],
      utc,
      "2026-03-10",
    );
    const today = row(rows, "today");
    expect(today.young).toEqual({ passed: 1, failed: 1, rate: 0.5 });
    expect(today.mature).toEqual({ passed: 1, failed: 1, rate: 0.5 });
    expect(today.total).toEqual({ passed: 2, failed: 2, rate: 0.5 });
  });

  it("leaves out new cards and learning steps, keeps relearning cards due from a day or more", () => {
    const rows = trueRetention(
      [
        log("n", "2026-03-10T08:00:00Z", 3, 0, 0), // new card's first review
        log("l", "2026-03-10T08:00:00Z", 1, 0, 1), // learning step
        log("r", "2026-03-10T08:00:00Z", 3, 2, 3), // relearning card scheduled 2 days out
      ],
      utc,
      "2026-03-10",
    );
    expect(row(rows, "today").total).toEqual({ passed: 1, failed: 0, rate: 1 });
  });

  it("uses the order of reviews, not of the input, to find the day's first", () => {
    const rows = trueRetention(
      [log("a", "2026-03-10T12:00:00Z", 3, 5), log("a", "2026-03-10T07:00:00Z", 1, 5)],
      utc,
      "2026-03-10",
    );
    expect(row(rows, "today").young).toEqual({ passed: 0, failed: 1, rate: 0 });
  });

  it("splits periods by the user's own day", () => {
    const logs = [
      log("a", "2026-03-09T12:00:00Z", 3, 5), // yesterday
      log("a", "2026-03-04T12:00:00Z", 3, 5), // 6 days ago: in the week
      log("a", "2026-03-03T12:00:00Z", 1, 5), // 7 days ago: month only
      log("a", "2025-03-11T12:00:00Z", 1, 5), // 364 days ago: in the year
      log("a", "2025-03-10T12:00:00Z", 1, 5), // 365 days ago: out
    ];
    const rows = trueRetention(logs, utc, "2026-03-10");
    expect(row(rows, "today").total.rate).toBeNull();
    expect(row(rows, "yesterday").total).toEqual({ passed: 1, failed: 0, rate: 1 });
    expect(row(rows, "week").total).toEqual({ passed: 2, failed: 0, rate: 1 });
    expect(row(rows, "month").total).toEqual({ passed: 2, failed: 1, rate: 2 / 3 });
    expect(row(rows, "year").total).toEqual({ passed: 2, failed: 2, rate: 0.5 });
  });

  it("a review before the day-start hour belongs to the previous day", () => {
    const tokyo4 = makeDayKeyer({ timezone: "Asia/Tokyo", dayStartHour: 4 });
    // 02:00 in Tokyo on the 11th (17:00 UTC the 10th) is still the 10th; 05:00 is the 11th.
    const rows = trueRetention(
      [log("a", "2026-03-10T17:00:00Z", 3, 5), log("a", "2026-03-10T20:00:00Z", 1, 5)],
      tokyo4,
      "2026-03-11",
    );
    expect(row(rows, "today").total).toEqual({ passed: 0, failed: 1, rate: 0 });
    expect(row(rows, "yesterday").total).toEqual({ passed: 1, failed: 0, rate: 1 });
  });
});
