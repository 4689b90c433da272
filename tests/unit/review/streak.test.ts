import { describe, expect, it } from "vitest";
import { countStreak } from "@/lib/review/streak";

describe("streaks", () => {
  it("counts consecutive days ending today or yesterday", () => {
    expect(countStreak(["2026-03-01", "2026-03-02", "2026-03-03"], "2026-03-03")).toBe(3);
    expect(countStreak(["2026-03-01", "2026-03-02"], "2026-03-03")).toBe(2);
    expect(countStreak(["2026-03-01"], "2026-03-03")).toBe(0);
    expect(countStreak(["2026-02-28", "2026-03-01", "2026-03-03"], "2026-03-03")).toBe(1);
    expect(countStreak(["2025-12-31", "2026-01-01"], "2026-01-01")).toBe(2);
  });
});
