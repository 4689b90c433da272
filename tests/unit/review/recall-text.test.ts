import { expect, it } from "vitest";
import { recallText } from "@/lib/cards/recall-text";
import { makeRetrievability } from "@/lib/stats/retrievability";

const r = makeRetrievability(null);
const now = new Date("2026-05-01T12:00:00Z");
const DAY = 86_400_000;

it("a card failed a minute ago is not shown as a lone 100 %: recall a day from now, with its stability", () => {
  const justFailed = {
    state: 3,
    stability: 0.2,
    lastReview: new Date(now.getTime() - 60_000),
    due: new Date(now.getTime() + 10 * 60_000),
  };
  const text = recallText(justFailed, r, now);
  expect(text).toMatch(/^(\d+)% a day from now \(stability 5 h\) · 100% now$/);
  expect(Number(text.match(/^(\d+)%/)![1])).toBeLessThan(80);
});

it("a review card shows recall at next due; an overdue one leads with now; a new card has none", () => {
  const review = { state: 2, stability: 10, lastReview: now, due: new Date(now.getTime() + 10 * DAY) };
  expect(recallText(review, r, now)).toBe("90% at next due · 100% now");
  const overdue = {
    state: 2,
    stability: 2,
    lastReview: new Date(now.getTime() - 10 * DAY),
    due: new Date(now.getTime() - 8 * DAY),
  };
  expect(recallText(overdue, r, now)).toMatch(/^\d+% now \(overdue; 90% when it fell due\)$/);
  expect(recallText({ state: 0, stability: 0, lastReview: null, due: now }, r, now)).toBe("– (new card)");
});
