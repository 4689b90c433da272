import { describe, expect, it } from "vitest";
import { preselectedRating } from "@/lib/review/preselect";
import { suggestRating } from "@/lib/scoring/suggest-rating";

// README "Suggested rating rules": nothing typed → no suggestion, Good preselected;
// a typed answer → the scorer's suggestion (an empty verdict or the common wrong answer → Again).
describe("the rating preselected after the reveal", () => {
  it("is Good when nothing was typed (no suggestion)", () => {
    expect(preselectedRating(null)).toBe(3);
    expect(preselectedRating(undefined)).toBe(3);
  });
  it("is the scorer's suggestion when an answer was typed", () => {
    expect(preselectedRating(suggestRating("empty", 0, 3, 5))).toBe(1);
    expect(preselectedRating(suggestRating("common-wrong-answer", 10, 40, 5))).toBe(1);
    expect(preselectedRating(suggestRating("partial", 55, 40, 5))).toBe(2);
    expect(preselectedRating(suggestRating("correct", 75, 40, 60))).toBe(3);
  });
});
