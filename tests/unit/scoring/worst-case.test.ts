import { afterAll, describe, expect, it } from "vitest";
import { BoundedCache } from "@/lib/scoring/bounded-cache";
import { closeScorer } from "@/lib/scoring/embedder";
import { scoreAnswer } from "@/lib/scoring/score-answer";
import { answerPieces, PIECE_CHARS } from "@/lib/scoring/text-units";
import { ZScoreResult } from "@/lib/scoring/types";
import { worstCaseAnswers } from "@/scripts/lib/worst-case-answers";
import { DIGESTS } from "./fixtures";

afterAll(closeScorer);

describe("scorer worst case: 5,000-character answers stay bounded", () => {
  // What the model reads bounds the work; its wall time is bench:scorer's worst-case row, not a test's.
  it.each(worstCaseAnswers(9).map((w) => [w.name, w.answer] as const))(
    "reads %s in at most 24 model-sized pieces, each character once, and scores it",
    async (_name, answer) => {
      const { pieces } = answerPieces(answer);
      expect(pieces.length).toBeLessThanOrEqual(24);
      for (const p of pieces) expect(p.length).toBeLessThanOrEqual(PIECE_CHARS);
      // Each character once (plus a space where a word was cut): no piece repeats another's text.
      expect(pieces.join("").length).toBeLessThanOrEqual(answer.length + pieces.length);
      const r = await scoreAnswer({ ...DIGESTS, answer });
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
