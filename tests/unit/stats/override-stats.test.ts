import { describe, expect, it } from "vitest";
import { overrideStats, type TOverrideRow } from "@/lib/stats/override-stats";
import { chapterStats } from "@/lib/stats/chapter-stats";
import { cardDistribution } from "@/lib/stats/card-distribution";

const review = (lessonId: string, rating: number, suggestedRating: number, score: number | null): TOverrideRow => ({
  lessonId,
  rating,
  suggestedRating,
  count: 1,
  scoreSum: score ?? 0,
  scored: score === null ? 0 : 1,
});

describe("the scorer and you", () => {
  it("counts agreements and overrides in each direction, per chapter", () => {
    const s = overrideStats([
      review("A", 3, 3, 80),
      review("A", 4, 3, 90), // agreed; chose higher: scorer too harsh
      review("A", 1, 3, 70),
      review("B", 2, 4, 60), // chose lower: scorer too lenient
      review("B", 3, 3, null),
    ]);
    expect(s.overall).toEqual({ lessonId: "", total: 5, agreed: 2, tooHarsh: 1, tooLenient: 2, overruledRate: 3 / 5 });
    const a = s.byChapter.find((c) => c.lessonId === "A")!;
    expect([a.total, a.agreed, a.tooHarsh, a.tooLenient, a.overruledRate]).toEqual([3, 1, 1, 1, 2 / 3]);
    const b = s.byChapter.find((c) => c.lessonId === "B")!;
    expect([b.tooLenient, b.overruledRate]).toEqual([1, 0.5]);
  });

  it("averages typed-answer scores by chosen rating, over scored reviews only", () => {
    const s = overrideStats([
      review("A", 3, 3, 80),
      review("A", 3, 2, 60),
      review("A", 3, 3, null),
      review("A", 1, 1, 10),
    ]);
    expect(s.scoresByRating).toEqual([
      { rating: 1, count: 1, meanScore: 10 },
      { rating: 2, count: 0, meanScore: null },
      { rating: 3, count: 3, meanScore: 70 },
      { rating: 4, count: 0, meanScore: null },
    ]);
  });

  it("takes grouped rows from SQL the same as single reviews", () => {
    const grouped = overrideStats([
      { lessonId: "A", rating: 4, suggestedRating: 2, count: 3, scoreSum: 150, scored: 3 },
    ]);
    const single = overrideStats([review("A", 4, 2, 50), review("A", 4, 2, 50), review("A", 4, 2, 50)]);
    expect(grouped).toEqual(single);
  });
});

describe("per chapter and distributions", () => {
  it("counts seen/total, mean recall, lapses and the wrong answer given most", () => {
    const rows = chapterStats(
      [
        { id: "L2", number: 2, title: "Two" },
        { id: "L1", number: 1, title: "One" },
      ],
      [
        { lessonId: "L1", state: 2, lapses: 2, retrievability: 0.8 },
        { lessonId: "L1", state: 0, lapses: 0, retrievability: null },
        { lessonId: "L1", state: 3, lapses: 1, retrievability: 0.4 },
      ],
      [
        { lessonId: "L1", wrongAnswer: "x", prompt: "q1", count: 2 },
        { lessonId: "L1", wrongAnswer: "y", prompt: "q2", count: 5 },
      ],
    );
    expect(rows.map((r) => r.lessonId)).toEqual(["L1", "L2"]);
    expect(rows[0]).toMatchObject({
      seen: 2,
      total: 3,
      lapses: 3,
      topWrong: { wrongAnswer: "y", prompt: "q2", count: 5 },
    });
    expect(rows[0]!.meanRecall).toBeCloseTo(0.6, 10);
    expect(rows[1]).toMatchObject({ seen: 0, total: 0, meanRecall: null, topWrong: null });
  });

  it("bins stability, difficulty and retrievability of reviewed cards and counts flags", () => {
    const now = new Date("2026-03-10T00:00:00Z");
    const card = (
      state: number,
      stability: number,
      difficulty: number,
      r: number | null,
      flags: Partial<{ suspended: boolean; leech: boolean; buriedUntil: Date }> = {},
    ) => ({
      state,
      stability,
      difficulty,
      retrievability: r,
      suspended: false,
      leech: false,
      buriedUntil: null,
      ...flags,
    });
    const d = cardDistribution(
      [
        card(0, 0, 0, null),
        card(2, 0.5, 1, 0.95, { suspended: true, leech: true }),
        card(2, 400, 10, 1),
        card(3, 20, 5.5, 0.05, { buriedUntil: new Date("2026-03-11T00:00:00Z") }),
        card(1, 2, 3, 0.5, { buriedUntil: new Date("2026-03-09T00:00:00Z") }), // burial over
      ],
      now,
    );
    expect(d.counts).toEqual({
      new: 1,
      learning: 1,
      review: 2,
      relearning: 1,
      suspended: 1,
      leech: 1,
      buried: 1,
      total: 5,
    });
    expect(d.stability.map((b) => b.count)).toEqual([1, 1, 0, 0, 1, 0, 0, 0, 1]);
    expect(d.difficulty.map((b) => b.count)).toEqual([1, 0, 1, 0, 1, 0, 0, 0, 1]);
    expect(d.retrievability.map((b) => b.count)).toEqual([1, 0, 0, 0, 0, 1, 0, 0, 0, 2]);
  });
});
