import { default_w } from "ts-fsrs";
import { describe, expect, it } from "vitest";
import { buildFsrsItems } from "@/lib/review/optimizer/build-fsrs-items";
import { currentWeights, evaluateWeights, toBindingItems } from "@/lib/review/optimizer/evaluate-weights";
import { simulateReviews, TRUE_WEIGHTS } from "@/scripts/bench-optimizer";

const sim = simulateReviews({ cards: 300, reviews: 3000, seed: 7, start: new Date("2026-01-05T08:00:00Z") });
const plain = buildFsrsItems(
  sim.logs.map(({ card, log }) => ({ cardId: String(card), rating: log.rating, state: log.state, review: log.review })),
  { timezone: "UTC", dayStartHour: 4 },
);

describe("evaluateWeights", () => {
  it("gives finite metrics in range, and a better fit for the weights that generated the reviews", async () => {
    const items = await toBindingItems(plain);
    const defaults = evaluateWeights(items, default_w);
    const truth = evaluateWeights(items, TRUE_WEIGHTS);
    for (const m of [defaults, truth]) {
      expect(m.logLoss).toBeGreaterThan(0);
      expect(m.logLoss).toBeLessThan(1);
      expect(m.rmse).toBeGreaterThanOrEqual(0);
      expect(m.rmse).toBeLessThan(0.5);
    }
    expect(truth.logLoss).toBeLessThan(defaults.logLoss);
    expect(truth.rmse).toBeLessThan(defaults.rmse);
  });

  it("punishes weights that claim memories last far longer than they do", async () => {
    const items = await toBindingItems(plain);
    const overconfident = default_w.map((w, i) => (i < 4 ? 100 : w));
    expect(evaluateWeights(items, overconfident).logLoss).toBeGreaterThan(evaluateWeights(items, default_w).logLoss);
  });

  it("hands the binding exactly the reviews it was given", async () => {
    const [first] = await toBindingItems(plain.slice(0, 1));
    expect(first!.reviews.map((r) => ({ rating: r.rating, deltaT: r.deltaT }))).toEqual(plain[0]);
  });
});

describe("currentWeights", () => {
  it("uses the saved weights when they are a valid parameter set", () => {
    const saved = TRUE_WEIGHTS.map((w) => Math.round(w * 1e4) / 1e4);
    expect(currentWeights(JSON.stringify(saved), 1)).toEqual(saved);
  });

  it("falls back to the ts-fsrs defaults when none are saved or they are unusable", () => {
    for (const saved of [
      null,
      "",
      "not json",
      "{}",
      "[1,2,3]",
      '["a"]',
      JSON.stringify([...default_w.slice(0, 20), null]),
    ]) {
      expect(currentWeights(saved, 1), String(saved)).toEqual([...default_w]);
    }
  });

  it("migrates an older 19-parameter (FSRS-5) set the way the scheduler does", () => {
    const w = currentWeights(JSON.stringify(default_w.slice(0, 19)), 1);
    expect(w).toHaveLength(21);
    expect(w.slice(0, 19)).toEqual(default_w.slice(0, 19));
  });
});
