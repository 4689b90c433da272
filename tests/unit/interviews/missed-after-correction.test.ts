import { expect, it } from "vitest";
import { isMissedAfterCorrection } from "@/lib/interviews/score-interview";

const a = (verdict: string, correctedRating: number | null, over: { timedOut?: boolean } = {}) => ({
  score: 30,
  verdict,
  timedOut: false,
  skipped: false,
  answeredAt: new Date(),
  correctedRating,
  ...over,
});

it("the person's correction decides what was missed, except for a late answer", () => {
  expect(isMissedAfterCorrection(a("incorrect", null))).toBe(true);
  expect(isMissedAfterCorrection(a("incorrect", 3))).toBe(false); // "I was right"
  expect(isMissedAfterCorrection(a("correct", 1))).toBe(true); // "I was wrong"
  expect(isMissedAfterCorrection(a("correct", null))).toBe(false);
  expect(isMissedAfterCorrection(a("partial", 3, { timedOut: true }))).toBe(true);
});
