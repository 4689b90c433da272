import { expect, it } from "vitest";
import { recallText } from "@/lib/cards/recall-text";
import { makeRetrievability } from "@/lib/stats/retrievability";

const r = makeRetrievability(null);
const now = new Date("2026-05-01T12:00:00Z");
const DAY = 86_400_000;

it("right after a review shows recall at next due first, not a lone 100 %", () => {
  const justFailed = { state: 3, stability: 0.4, lastReview: new Date(now.getTime() - 60_000), due: new Date(now.getTime() + 10 * 60_000) };
  expect(recallText(justFailed, r, now)).toMatch(/^\d+% at next due · 100% now$/);
  const review = { state: 2, stability: 10, lastReview: now, due: new Date(now.getTime() + 10 * DAY) };
  expect(recallText(review, r, now)).toBe("90% at next due · 100% now");
});

it("an overdue card leads with recall now; a new card has none", () => {
  const overdue = { state: 2, stability: 2, lastReview: new Date(now.getTime() - 10 * DAY), due: new Date(now.getTime() - 8 * DAY) };
  expect(recallText(overdue, r, now)).toMatch(/^\d+% now \(overdue; 90% when it fell due\)$/);
  expect(recallText({ state: 0, stability: 0, lastReview: null, due: now }, r, now)).toBe("– (new card)");
});
