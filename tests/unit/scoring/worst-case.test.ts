import { afterAll, describe, expect, it } from "vitest";
import { BoundedCache } from "@/lib/scoring/bounded-cache";
import { closeScorer, warmScorer } from "@/lib/scoring/embedder";
import { scoreAnswer } from "@/lib/scoring/score-answer";
import { ZScoreResult } from "@/lib/scoring/types";
import { worstCaseAnswers } from "@/scripts/lib/worst-case-answers";
import { DIGESTS } from "./fixtures";

afterAll(closeScorer);

describe("scorer worst case: 5,000-character answers stay bounded", () => {
  // Wall time on a shared 2-core machine: the bound is loose (the bench reports the real figure); it catches work that grows with the input.
  it.each(worstCaseAnswers(9).map((w) => [w.name, w.answer] as const))(
    "scores %s in under 2 s",
    async (_name, answer) => {
      await warmScorer();
      const start = performance.now();
      const r = await scoreAnswer({ ...DIGESTS, answer });
      expect(performance.now() - start).toBeLessThan(2_000);
      expect(ZScoreResult.safeParse(r).success).toBe(true);
    },
    30_000,
  );

  it("reads a whole 5,000-character answer (no truncation needed): a right claim at its end still counts", async () => {
    const filler = "I have worked with container registries for years and pushed many images. ".repeat(60);
    const answer = `${filler}${DIGESTS.reference}`.slice(-5000);
    const r = await scoreAnswer({ ...DIGESTS, answer });
    expect(r.truncated).toBeUndefined();
    expect(r.matched.length).toBeGreaterThan(0);
  });
});

describe("BoundedCache", () => {
  it("evicts the least recently used entry at its cap", () => {
    const c = new BoundedCache<string, number>(2);
    c.set("a", 1);
    c.set("b", 2);
    expect(c.get("a")).toBe(1);
    c.set("c", 3);
    expect(c.has("b")).toBe(false);
    expect(c.get("c")).toBe(3);
    expect(c.size).toBe(2);
  });

  it("never grows past its capacity", () => {
    const c = new BoundedCache<number, number>(100);
    for (let i = 0; i < 10_000; i++) c.getOrSet(i, () => i * 2);
    expect(c.size).toBe(100);
    expect(c.get(0)).toBeUndefined();
  });
});
