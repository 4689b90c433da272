import { describe, expect, it } from "vitest";
import { closeScorer } from "@/lib/scoring/embedder";
import { scoreAnswer } from "@/lib/scoring/score-answer";
import { expectedSeconds, suggestRating } from "@/lib/scoring/suggest-rating";
import { DIGESTS } from "./fixtures";

describe("suggestRating", () => {
  it("maps verdicts to FSRS ratings", () => {
    expect(suggestRating("empty", 0, 0, 3)).toBe(1);
    expect(suggestRating("incorrect", 20, 40, 3)).toBe(1);
    expect(suggestRating("common-wrong-answer", 10, 40, 3)).toBe(1);
    expect(suggestRating("partial", 55, 40, 3)).toBe(2);
    expect(suggestRating("correct", 75, 40, 3)).toBe(3);
  });

  it("rates a high, fast answer Easy and the same answer slow Good", () => {
    expect(suggestRating("correct", 95, 100, expectedSeconds(100))).toBe(4);
    expect(suggestRating("correct", 95, 100, expectedSeconds(100) + 1)).toBe(3);
    expect(suggestRating("correct", 84, 100, 1)).toBe(3);
    expect(suggestRating("correct", 95, 100, undefined)).toBe(3);
  });

  it("allows longer answers more time", () => {
    expect(expectedSeconds(300)).toBeGreaterThan(expectedSeconds(30));
    expect(suggestRating("correct", 95, 300, 50)).toBe(4);
    expect(suggestRating("correct", 95, 30, 50)).toBe(3);
  });

  it("is applied by scoreAnswer", async () => {
    expect((await scoreAnswer({ ...DIGESTS, answer: DIGESTS.reference, seconds: 5 })).rating).toBe(4);
    expect((await scoreAnswer({ ...DIGESTS, answer: DIGESTS.reference, seconds: 300 })).rating).toBe(3);
    await closeScorer();
  });
});
