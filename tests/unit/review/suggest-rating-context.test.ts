import { describe, expect, it } from "vitest";
import { expectedSeconds, suggestRating } from "@/lib/scoring/suggest-rating";

describe("suggestRating with what the review knows", () => {
  const fast = expectedSeconds(100);

  it("a first successful review of a new card suggests Good unless complete and fast", () => {
    expect(suggestRating("correct", 90, 100, fast, { newCard: true, missedConcepts: 0 })).toBe(3);
    expect(suggestRating("correct", 97, 100, fast, { newCard: true, missedConcepts: 1 })).toBe(3);
    expect(suggestRating("correct", 97, 100, fast + 1, { newCard: true, missedConcepts: 0 })).toBe(3);
    expect(suggestRating("correct", 97, 100, fast, { newCard: true, missedConcepts: 0 })).toBe(4);
    // A card already in review keeps the ordinary Easy rule.
    expect(suggestRating("correct", 90, 100, fast, { newCard: false, missedConcepts: 2 })).toBe(4);
  });

  it("a low score against a rough passage does not suggest Again on its own", () => {
    expect(suggestRating("incorrect", 10, 100, fast, { weakReference: true })).toBe(2);
    expect(suggestRating("incorrect", 10, 100, fast, { weakReference: false })).toBe(1);
    // Saying nothing, or the known wrong answer, is still Again.
    expect(suggestRating("empty", 0, 0, fast, { weakReference: true })).toBe(1);
    expect(suggestRating("common-wrong-answer", 30, 100, fast, { weakReference: true })).toBe(1);
  });
});
