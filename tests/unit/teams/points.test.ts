import { describe, expect, it } from "vitest";
import { POINT_RULES, pointsForReview, rawPoints, retrievabilityAt, type TPointsInput } from "@/lib/teams/points";

const now = new Date("2026-03-10T12:00:00Z");
const daysAgo = (d: number) => new Date(now.getTime() - d * 86_400_000);
const review = (over: Partial<TPointsInput> = {}): TPointsInput => ({
  source: "daily",
  firstOfDay: true,
  card: { state: 2, stability: 10, lastReview: daysAgo(10) },
  rating: 3,
  score: null,
  earnedToday: 0,
  ...over,
});

describe("points", () => {
  it("pays only the first review of a card on the reviewer's day", () => {
    expect(pointsForReview(review(), now)).toBeGreaterThan(0);
    expect(pointsForReview(review({ firstOfDay: false }), now)).toBe(0);
    expect(
      pointsForReview(review({ firstOfDay: false, card: { state: 0, stability: 0, lastReview: null } }), now),
    ).toBe(0);
  });

  it("pays more for recalling what was about to be forgotten", () => {
    const fresh = review({ card: { state: 2, stability: 100, lastReview: daysAgo(1) }, score: 100 });
    const fading = review({ card: { state: 2, stability: 2, lastReview: daysAgo(200) }, score: 100 });
    expect(retrievabilityAt(fresh.card, now)).toBeGreaterThan(0.95);
    expect(retrievabilityAt(fading.card, now)).toBeLessThan(0.5);
    expect(rawPoints(fresh, now)).toBe(2); // 2 + 8 × (1 − ~0.99)
    expect(rawPoints(fading, now)).toBeGreaterThanOrEqual(6);
    const r = retrievabilityAt(fading.card, now);
    expect(rawPoints(fading, now)).toBe(Math.round(2 + 8 * (1 - r)));
  });

  it("gives nothing for Again and a fixed amount for learning a new card", () => {
    expect(rawPoints(review({ rating: 1 }), now)).toBe(0);
    const fresh = { state: 0, stability: 0, lastReview: null };
    expect(rawPoints(review({ card: fresh, rating: 1 }), now)).toBe(POINT_RULES.learnNew);
    expect(rawPoints(review({ card: fresh, rating: 4, score: 90 }), now)).toBe(POINT_RULES.learnNew);
    expect(rawPoints(review({ card: { state: 1, stability: 1, lastReview: daysAgo(1) } }), now)).toBe(
      POINT_RULES.learningRecall,
    );
  });

  it("counts a typed answer by its score, not the button, and an untyped one at half weight", () => {
    const card = { state: 2, stability: 10, lastReview: daysAgo(20) };
    const base = 2 + 8 * (1 - retrievabilityAt(card, now));
    expect(rawPoints(review({ card, score: 100, rating: 1 }), now)).toBe(Math.round(base)); // typed well, pressed Again: the score decides
    expect(rawPoints(review({ card, score: 20, rating: 4 }), now)).toBe(0); // typed badly, pressed Easy: no recall
    expect(rawPoints(review({ card, score: 60 }), now)).toBe(Math.round(base * 0.6));
    expect(rawPoints(review({ card, score: null, rating: 4 }), now)).toBe(Math.round(base * 0.5));
    expect(rawPoints(review({ card, score: 100 }), now)).toBeGreaterThan(rawPoints(review({ card, score: null }), now));
  });

  it("pays interview answers from their score", () => {
    expect(rawPoints(review({ source: "interview", score: 85 }), now)).toBe(9);
    expect(rawPoints(review({ source: "interview", score: 0 }), now)).toBe(0);
    expect(rawPoints(review({ source: "interview", score: null }), now)).toBe(0);
    expect(rawPoints(review({ source: "interview", score: 85, firstOfDay: false }), now)).toBe(0);
  });

  it("stops at the daily cap", () => {
    const card = { state: 2, stability: 5, lastReview: daysAgo(60) };
    const full = rawPoints(review({ card, score: 100 }), now);
    expect(pointsForReview(review({ card, score: 100, earnedToday: POINT_RULES.dailyCap - 2 }), now)).toBe(
      Math.min(full, 2),
    );
    expect(pointsForReview(review({ card, score: 100, earnedToday: POINT_RULES.dailyCap }), now)).toBe(0);
    expect(pointsForReview(review({ card, score: 100, earnedToday: POINT_RULES.dailyCap + 5 }), now)).toBe(0);
  });
});
