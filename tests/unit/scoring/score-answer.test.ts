// The scorer runs the real model here (models/all-minilm-l6-v2 + models/judge.json): no stubs.
import { afterAll, describe, expect, it } from "vitest";
import { AnswerTooLongError } from "@/lib/scoring/answer-too-long-error";
import { closeScorer } from "@/lib/scoring/embedder";
import { scoreAnswer } from "@/lib/scoring/score-answer";
import { ZScoreResult } from "@/lib/scoring/types";
import { CONTAINERS, DIGESTS, MULTI_STAGE, STATE } from "./fixtures";

afterAll(closeScorer);

describe("scoreAnswer", () => {
  it.each([DIGESTS, STATE, CONTAINERS, MULTI_STAGE])(
    "grades the model answer itself 100, correct, nothing missed ($question)",
    async (card) => {
      const r = await scoreAnswer({ ...card, answer: card.reference });
      expect(r).toMatchObject({ score: 100, verdict: "correct", wrongAnswerMatch: false, missed: [] });
      expect([3, 4]).toContain(r.rating);
      expect(ZScoreResult.parse(r)).toEqual(r);
    },
  );

  it.each([DIGESTS, STATE, CONTAINERS, MULTI_STAGE])(
    "flags the common wrong answer typed back, score ≤ 25, rated Again ($question)",
    async (card) => {
      const r = await scoreAnswer({ ...card, answer: card.wrongAnswer });
      expect(r).toMatchObject({ verdict: "common-wrong-answer", wrongAnswerMatch: true, rating: 1 });
      expect(r.score).toBeLessThanOrEqual(25);
      expect(r.feedback).toMatch(/common wrong answer/);
    },
  );

  it.each(["", "   ", "idk", "I don't know", "?"])("treats %j as empty: score 0", async (answer) => {
    const r = await scoreAnswer({ ...DIGESTS, answer });
    expect(r).toMatchObject({ score: 0, verdict: "empty", rating: 1, wrongAnswerMatch: false, matched: [] });
  });

  it("gives concept spans that point into the model answer, each a claim", async () => {
    const r = await scoreAnswer({
      ...DIGESTS,
      answer: "A digest names one exact image, so a rollback really returns to what ran.",
    });
    expect(r.concepts.length).toBeGreaterThanOrEqual(2);
    for (const c of r.concepts) expect(DIGESTS.reference.slice(c.start, c.end)).toBe(c.text);
    expect(r.concepts.find((c) => c.text.startsWith("Digests point to one exact artifact"))).toMatchObject({
      matched: true,
    });
    expect(r.missed.some((m) => m.includes("audit trails"))).toBe(true);
  });

  it("reads a concept said in other words as covered (no shared content word needed)", async () => {
    const r = await scoreAnswer({
      ...CONTAINERS,
      answer:
        "A container bundles the app with its libraries so it runs the same everywhere and boots in seconds; a VM gives stronger isolation.",
    });
    expect(r.matched.some((m) => m.startsWith("Containers package application dependencies"))).toBe(true);
    expect(r.matched).toContain("VMs isolate harder");
  });

  it("ranks a paraphrase above an off-topic answer and above the misconception", async () => {
    const para = await scoreAnswer({
      ...STATE,
      answer:
        "A pod may be killed or rescheduled at any moment and its local writes are lost, so keep state in an external database or a persistent volume.",
    });
    const off = await scoreAnswer({ ...STATE, answer: "Use a multi-stage build so the final image has no compilers." });
    expect(para.verdict).not.toBe("incorrect");
    expect(para.score).toBeGreaterThan(off.score + 20);
    expect(off.verdict).toBe("incorrect");
  });

  it("throws AnswerTooLongError over 5,000 characters and scores exactly 5,000", async () => {
    await expect(scoreAnswer({ ...DIGESTS, answer: "x".repeat(5001) })).rejects.toBeInstanceOf(AnswerTooLongError);
    const r = await scoreAnswer({
      ...DIGESTS,
      answer: "Digests point to one exact artifact. ".repeat(135).slice(0, 5000),
    });
    expect(ZScoreResult.parse(r)).toEqual(r);
  });

  it("gives the same result for the same input (deterministic)", async () => {
    const input = {
      ...MULTI_STAGE,
      answer: "They leave build tools out of the final image so it is smaller and safer.",
    };
    expect(await scoreAnswer(input)).toEqual(await scoreAnswer(input));
  });
});
