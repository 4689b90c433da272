import { describe, expect, it } from "vitest";
import { makeScheduler, previewDue, toFsrsCard, type TCardState } from "@/lib/review/scheduler";

const settings = {
  desiredRetention: 0.9,
  fsrsWeights: null,
  enableFuzz: true,
  learningSteps: "1m 10m",
  relearningSteps: "10m",
};
const day = 86_400_000;
const t0 = new Date("2026-03-02T09:00:00Z");

// A review card last seen 12 days ago with 15 days of stability: every rating past Again lands beyond 2.5 days, so fuzz applies.
const reviewCard = (id: string): TCardState & { id: string } => ({
  id,
  due: new Date(t0.getTime() - 2 * day),
  stability: 15,
  difficulty: 5,
  elapsedDays: 10,
  scheduledDays: 10,
  learningSteps: 0,
  reps: 4,
  lapses: 0,
  state: 2,
  lastReview: new Date(t0.getTime() - 12 * day),
});

describe("fuzz seeded from the card and its state", () => {
  const f = makeScheduler(settings);

  it("the preview shown at load equals the due date the review stores seconds later", () => {
    const card = reviewCard("card-a");
    const shown = previewDue(f, card, t0);
    const rateAt = new Date(t0.getTime() + 40_000);
    for (const g of [2, 3, 4] as const) {
      const stored = f.next(toFsrsCard(card), rateAt, g).card.due;
      // Same interval in days; the due date moves only by the 40 s the user took.
      expect(stored.getTime() - rateAt.getTime()).toBe(shown[g].getTime() - t0.getTime());
    }
  });

  it("reloading does not re-roll the interval", () => {
    const card = reviewCard("card-a");
    const loads = Array.from({ length: 10 }, (_, i) => previewDue(f, card, new Date(t0.getTime() + i * 1_234)));
    const easyDays = new Set(loads.map((p, i) => Math.round((p[4].getTime() - (t0.getTime() + i * 1_234)) / day)));
    expect(easyDays.size).toBe(1);
  });

  it("still spreads cards: different cards in the same state get different intervals", () => {
    const easy = new Set(
      Array.from({ length: 40 }, (_, i) =>
        Math.round((previewDue(f, reviewCard(`card-${i}`), t0)[4].getTime() - t0.getTime()) / day),
      ),
    );
    expect(easy.size).toBeGreaterThan(3);
  });

  it("a new state (one more rep) draws a new fuzz", () => {
    const a = reviewCard("card-z");
    const seeds = Array.from({ length: 30 }, (_, reps) =>
      Math.round((previewDue(f, { ...a, reps }, t0)[4].getTime() - t0.getTime()) / day),
    );
    expect(new Set(seeds).size).toBeGreaterThan(1);
  });

  it("without fuzz the interval is the same for every card", () => {
    const plain = makeScheduler({ ...settings, enableFuzz: false });
    const easy = new Set(
      Array.from({ length: 10 }, (_, i) => previewDue(plain, reviewCard(`card-${i}`), t0)[4].getTime()),
    );
    expect(easy.size).toBe(1);
  });
});
