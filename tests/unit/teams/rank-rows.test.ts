import { describe, expect, it } from "vitest";
import { rankRows, type TBoardEntry } from "@/lib/teams/rank-rows";

const joined = (d: number) => new Date(Date.UTC(2026, 0, d));
const entry = (userId: string, over: Partial<TBoardEntry>): TBoardEntry => ({
  userId,
  name: userId.toUpperCase(),
  joinedAt: joined(1),
  points: 10,
  reviews: 5,
  retentionReviews: 4,
  retentionRecalled: 3,
  streak: 0,
  ...over,
});

describe("board order and ties", () => {
  it("ranks by points, then retention, then fewer reviews, then earlier joining, then id", () => {
    const rows = rankRows(
      [
        entry("a", { points: 5 }),
        entry("b", { points: 20 }),
        entry("c", { retentionRecalled: 4 }), // 10 points, 100 %
        entry("d", { reviews: 3 }), // 10 points, 75 %, fewer reviews
        entry("e", { joinedAt: joined(2) }), // 10 points, 75 %, 5 reviews, joined later
        entry("f", {}), // same as e but joined earlier
        entry("g", { retentionReviews: 0, retentionRecalled: 0 }), // 10 points, no retention reviews: counts as 0
        entry("h", {}), // identical to f: the id decides
      ],
      "e",
    );
    expect(rows.map((r) => [r.rank, r.name])).toEqual([
      [1, "B"],
      [2, "C"],
      [3, "D"],
      [4, "F"],
      [5, "H"],
      [6, "E"],
      [7, "G"],
      [8, "A"],
    ]);
    expect(rows.find((r) => r.me)?.name).toBe("E");
    expect(rows.find((r) => r.name === "G")?.retention).toBeNull();
    expect(rows.find((r) => r.name === "C")?.retention).toBe(1);
  });

  it("is independent of input order", () => {
    const entries = ["p", "q", "r", "s"].map((id, i) => entry(id, { points: i % 2 }));
    const forward = rankRows(entries, "p").map((r) => r.name);
    expect(rankRows([...entries].reverse(), "p").map((r) => r.name)).toEqual(forward);
    expect(forward).toEqual(["Q", "S", "P", "R"]);
  });
});
