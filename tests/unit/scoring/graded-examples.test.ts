import { afterAll, describe, expect, it } from "vitest";
import { MIN_EXAMPLES, ONE_VOICE_SHIFT, VOICE_STEP } from "@/lib/scoring/blend-examples";
import { closeScorer } from "@/lib/scoring/embedder";
import {
  MAX_EXAMPLES,
  MAX_PER_LABELLER,
  RATING_GRADE,
  selectExamples,
  type TGradedExample,
} from "@/lib/scoring/graded-example";
import { scoreAnswer } from "@/lib/scoring/score-answer";
import { DIGESTS } from "./fixtures";

afterAll(closeScorer);
const ex = (answer: string, grade: number, labeller?: string): TGradedExample => ({
  answer,
  grade,
  source: "review",
  ...(labeller ? { labeller } : {}),
});

describe("selectExamples", () => {
  it("keeps author examples first, at most MAX_PER_LABELLER per labeller and MAX_EXAMPLES in all", () => {
    const many = Array.from({ length: 30 }, (_, i) => ex(`answer ${i}`, 4, "same-user"));
    const others = Array.from({ length: 60 }, (_, i) => ex(`other ${i}`, 2, `user-${i}`));
    const author: TGradedExample = { answer: "author's accepted answer", grade: 5, source: "author" };
    const kept = selectExamples([...many, ...others, author]);
    expect(kept[0]).toEqual(author);
    expect(kept.filter((e) => e.labeller === "same-user")).toHaveLength(MAX_PER_LABELLER);
    expect(kept).toHaveLength(MAX_EXAMPLES);
  });

  it("drops blank answers and maps ratings to grades", () => {
    expect(selectExamples([ex("  ", 5), ex("x", 1)]).map((e) => e.answer)).toEqual(["x"]);
    expect([RATING_GRADE[1], RATING_GRADE[2], RATING_GRADE[3], RATING_GRADE[4]]).toEqual([0.5, 2.5, 4, 5]);
  });
});

describe("scoring with graded examples (nearest neighbours in embedding space)", () => {
  const offTopic = "Readiness probes decide when a pod may receive traffic from a Service.";

  it("changes nothing below MIN_EXAMPLES", async () => {
    const base = await scoreAnswer({ ...DIGESTS, answer: offTopic });
    const r = await scoreAnswer({
      ...DIGESTS,
      answer: offTopic,
      examples: Array.from({ length: MIN_EXAMPLES - 1 }, (_, i) => ex(`${offTopic} ${i}`, 5)),
    });
    expect(r.score).toBe(base.score);
    expect(r.examplesUsed).toBeUndefined();
  });

  it("grades a near-duplicate of graded answers like them, within one voice's cap", async () => {
    const base = await scoreAnswer({ ...DIGESTS, answer: offTopic });
    const one = await scoreAnswer({
      ...DIGESTS,
      answer: offTopic,
      examples: [0, 1, 2, 3].map((i) => ex(`${offTopic}${".".repeat(i)}`, 5, "u1")),
    });
    expect(one.examplesUsed).toBe(4);
    expect(one.score).toBeGreaterThan(base.score);
    expect(one.score - base.score).toBeLessThanOrEqual(ONE_VOICE_SHIFT);
    const three = await scoreAnswer({
      ...DIGESTS,
      answer: offTopic,
      examples: ["u1", "u2", "u3"].map((u, i) => ex(`${offTopic}${"!".repeat(i)}`, 5, u)),
    });
    expect(three.score).toBeGreaterThanOrEqual(one.score);
    expect(three.score - base.score).toBeLessThanOrEqual(ONE_VOICE_SHIFT + 2 * VOICE_STEP);
  });

  it("never lifts the common wrong answer, however it was graded", async () => {
    const graded = Array.from({ length: 6 }, (_, i) => ex(`${DIGESTS.wrongAnswer}${" ".repeat(i)}!`, 5, `u${i}`));
    const r = await scoreAnswer({ ...DIGESTS, answer: DIGESTS.wrongAnswer, examples: graded });
    expect(r.verdict).toBe("common-wrong-answer");
    expect(r.score).toBeLessThanOrEqual(25);
  });

  it("lowers a score when graders found answers like it wrong", async () => {
    const answer = "Digests are the exact image, tags can move.";
    const base = await scoreAnswer({ ...DIGESTS, answer });
    const r = await scoreAnswer({
      ...DIGESTS,
      answer,
      examples: ["a", "b", "c", "d"].map((u, i) => ex(`${answer}${" ".repeat(i)}`, 0, u)),
    });
    expect(r.score).toBeLessThan(base.score);
  });
});
