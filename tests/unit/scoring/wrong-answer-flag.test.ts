// The misconception flag on the course's held-out chapters (tests/fixtures/scorer/graded-answers.jsonl,
// split "holdout": never fitted on). The flag model is fitted on the other chapters (npm run scorer:fit).
import { afterAll, describe, expect, it } from "vitest";
import { closeScorer } from "@/lib/scoring/embedder";
import { scoreAnswer } from "@/lib/scoring/score-answer";
import { MISCONCEPTION_KINDS, readScorerData } from "@/scripts/lib/scorer-data";

afterAll(closeScorer);
const heldOut = readScorerData(["course"]).filter((it) => it.heldOut && it.wrongAnswer);

describe("the misconception flag, read from meaning", () => {
  it("never flags a right answer (grade ≥ 3.5) of a held-out chapter, including those that name the misconception to reject it", async () => {
    const right = heldOut.filter((it) => it.target >= 0.7 && !MISCONCEPTION_KINDS.has(it.label));
    expect(right.length).toBeGreaterThan(50);
    const flagged: string[] = [];
    for (const it of right)
      if ((await scoreAnswer({ ...it, wrongAnswer: it.wrongAnswer! })).wrongAnswerMatch) flagged.push(it.answer);
    expect(flagged).toEqual([]);
  }, 120_000);

  it("flags every exact wrong answer and at least a third of the paraphrased ones", async () => {
    const wrong = heldOut.filter((it) => MISCONCEPTION_KINDS.has(it.label));
    let exact = 0;
    let para = 0;
    let paraFlagged = 0;
    for (const it of wrong) {
      const r = await scoreAnswer({ ...it, wrongAnswer: it.wrongAnswer! });
      if (it.label === "exact-wrong") {
        exact++;
        expect(r.verdict, it.answer).toBe("common-wrong-answer");
      } else {
        para++;
        if (r.wrongAnswerMatch) paraFlagged++;
      }
    }
    expect(exact).toBeGreaterThan(5);
    expect(paraFlagged / para).toBeGreaterThanOrEqual(1 / 3);
  }, 120_000);

  it("does not flag the issue's right answer about requests and limits", async () => {
    const r = await scoreAnswer({
      question: "What is the difference between requests and limits?",
      reference:
        "Requests are what the scheduler reserves and uses for placement, while limits are runtime ceilings enforced by the kernel. Going over the CPU limit causes throttling, and going over the memory limit gets the container OOM-killed.",
      wrongAnswer: "Requests are the minimum and limits are the maximum, so the scheduler uses limits to place Pods.",
      answer:
        "Requests are what the scheduler reserves for placing the Pod; limits are the ceiling enforced at runtime, so going over a memory limit gets the container killed.",
    });
    expect(r.wrongAnswerMatch).toBe(false);
  });
});
