import { describe, expect, it } from "vitest";
import { buildFsrsItems, userDayNumber, type TOptimizerLog } from "@/lib/review/optimizer/build-fsrs-items";
import { userDay } from "@/lib/review/user-day";

const UTC = { timezone: "UTC", dayStartHour: 0 };
const log = (cardId: string, review: string, rating: number, state: number, undone = false): TOptimizerLog => ({
  cardId,
  review: new Date(review),
  rating,
  state,
  undone,
});
const deltas = (items: { deltaT: number }[][]) => items.map((i) => i.map((r) => r.deltaT));

// New → learning step → two spaced reviews.
const card = [
  log("a", "2026-03-01T10:00:00Z", 3, 0),
  log("a", "2026-03-01T10:10:00Z", 3, 1),
  log("a", "2026-03-03T09:00:00Z", 3, 2),
  log("a", "2026-03-08T20:00:00Z", 1, 2),
];

describe("buildFsrsItems", () => {
  it("makes one item per review on a later day, with the card's whole history before it", () => {
    const items = buildFsrsItems(card, UTC);
    expect(items).toEqual([
      [
        { rating: 3, deltaT: 0 },
        { rating: 3, deltaT: 0 },
        { rating: 3, deltaT: 2 },
      ],
      [
        { rating: 3, deltaT: 0 },
        { rating: 3, deltaT: 0 },
        { rating: 3, deltaT: 2 },
        { rating: 1, deltaT: 5 },
      ],
    ]);
  });

  it("ignores undone reviews and manual entries (rating 0), wherever they fall", () => {
    const noisy = [
      ...card.slice(0, 2),
      log("a", "2026-03-02T08:00:00Z", 1, 2, true),
      log("a", "2026-03-02T09:00:00Z", 0, 2),
      ...card.slice(2),
      log("a", "2026-03-09T08:00:00Z", 4, 3, true),
    ];
    expect(buildFsrsItems(noisy, UTC)).toEqual(buildFsrsItems(card, UTC));
  });

  it("sorts each card's logs by time and all items by the time of the review they predict", () => {
    const other = [log("b", "2026-03-02T10:00:00Z", 4, 0), log("b", "2026-03-05T10:00:00Z", 3, 2)];
    const items = buildFsrsItems([...card].reverse().concat(other), UTC);
    expect(deltas(items)).toEqual([
      [0, 0, 2],
      [0, 3],
      [0, 0, 2, 5],
    ]);
  });

  it("starts over after a reset and drops cards whose learning start is missing", () => {
    const reset = [
      ...card,
      log("a", "2026-03-09T08:00:00Z", 0, 2), // "forget": manual, back to New
      log("a", "2026-03-10T08:00:00Z", 2, 0),
      log("a", "2026-03-12T08:00:00Z", 3, 2),
    ];
    expect(buildFsrsItems(reset, UTC)).toEqual([
      [
        { rating: 2, deltaT: 0 },
        { rating: 3, deltaT: 2 },
      ],
    ]);
    const imported = [log("c", "2026-03-01T10:00:00Z", 3, 2), log("c", "2026-03-04T10:00:00Z", 3, 2)];
    expect(buildFsrsItems(imported, UTC)).toEqual([]);
  });

  it("counts days in the user's zone from their day-start hour", () => {
    const ny = { timezone: "America/New_York", dayStartHour: 4 };
    // 23:30 and 03:30 New York time: the same study day, so no item.
    const late = [log("d", "2026-03-02T04:30:00Z", 3, 0), log("d", "2026-03-02T08:30:00Z", 3, 1)];
    expect(buildFsrsItems(late, ny)).toEqual([]);
    // 23:30, then 04:30 the next morning: a new day (0 days in UTC terms would be wrong too).
    const nextDay = [log("d", "2026-03-02T04:30:00Z", 3, 0), log("d", "2026-03-02T09:30:00Z", 3, 1)];
    expect(deltas(buildFsrsItems(nextDay, ny))).toEqual([[0, 1]]);
    // Noon to noon across the DST change (2026-03-08) is one day, though only 23 hours.
    const dst = [log("e", "2026-03-07T17:00:00Z", 3, 0), log("e", "2026-03-08T16:00:00Z", 3, 1)];
    expect(deltas(buildFsrsItems(dst, ny))).toEqual([[0, 1]]);
  });
});

describe("userDayNumber", () => {
  // Every 30 minutes around each DST change, and every 23 hours through the year.
  const instants = (changes: string[]) => {
    const out: number[] = [];
    for (const day of changes)
      for (let t = Date.parse(day) - 86_400_000; t < Date.parse(day) + 2 * 86_400_000; t += 30 * 60_000) out.push(t);
    for (let t = Date.parse("2026-01-01T00:00:00Z"); t < Date.parse("2027-01-01T00:00:00Z"); t += 23 * 3_600_000)
      out.push(t);
    return out;
  };
  it.each([
    ["America/New_York", ["2026-03-08", "2026-11-01"]],
    ["Australia/Lord_Howe", ["2026-04-05", "2026-10-04"]], // half-hour DST
    ["Asia/Kathmandu", []], // +05:45
  ])("agrees with the app's userDay() in %s", (timezone, changes) => {
    const clock = { timezone, dayStartHour: 4 };
    const dayOf = userDayNumber(clock);
    for (const t of instants(changes)) {
      const at = new Date(t);
      expect(dayOf(at) * 86_400_000, at.toISOString()).toBe(Date.parse(userDay(clock, at).day));
    }
  });
});
