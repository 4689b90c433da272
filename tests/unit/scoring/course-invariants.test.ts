// Invariants over every interview question of every chapter in the live
// content/ (issue #10): a new chapter is covered the day it is added. The
// questions come through the same reader, parser and row builder the importer
// uses, and are scored through the app's own entry point.
import { afterAll, describe, expect, it } from "vitest";
import { checkContent } from "@/lib/content/check-content";
import { readContentFiles } from "@/lib/content/read-content-files";
import { toQuestionRows } from "@/lib/content/to-question-rows";
import { scoreForQuestion } from "@/lib/review/score-for-question";
import { closeScorer } from "@/lib/scoring/embedder";
import { scoreAnswer } from "@/lib/scoring/score-answer";
import { readContradictions } from "@/scripts/lib/evaluate-scorer-set";

const checked = checkContent(await readContentFiles(["content"]));
const interview = checked.lessons.flatMap((c) =>
  toQuestionRows(c)
    .filter((q) => q.kind === "interview")
    .map((q) => ({ ...q, chapter: c.slug })),
);
const contradictions = new Map(readContradictions().map((c) => [c.questionKey, c.answer]));

/**
 * Known gap (issue #20): the judge (sentence model + a cross-encoder trained
 * 1,418 steps on the fitted questions) still calls some of these hand-written
 * contradictions correct: a denial or swapped roles barely moves a sentence
 * embedding, and the cross-encoder has seen few contradictions. This is a
 * ratchet, not a goal: the test fails if more of them pass as correct than
 * today. It was 12 with the fold-A-only model; the A + B model, better on
 * every held-out set, calls 14 correct (3 newly, 1 no longer).
 */
const CONTRADICTIONS_CALLED_CORRECT_TODAY = 14;

afterAll(closeScorer);

describe("scorer invariants over the whole course (content/)", () => {
  it("reads every chapter without errors, each with interview questions", () => {
    expect(checked.errors).toEqual([]);
    expect(checked.lessons.length).toBeGreaterThanOrEqual(8);
    expect(interview.length).toBeGreaterThanOrEqual(checked.lessons.length);
  });

  it("has a hand-written contradiction for every interview question", () => {
    expect(interview.filter((q) => !contradictions.has(q.key)).map((q) => `${q.key} ${q.prompt}`)).toEqual([]);
  });

  it(`calls at most ${CONTRADICTIONS_CALLED_CORRECT_TODAY} of the hand-written contradictions correct (known gap, see above)`, async () => {
    let correct = 0;
    for (const q of interview) {
      const r = (await scoreForQuestion(q, contradictions.get(q.key)!))!;
      if (r.verdict === "correct") correct++;
    }
    expect(correct).toBeLessThanOrEqual(CONTRADICTIONS_CALLED_CORRECT_TODAY);
  }, 120_000);

  describe.each(interview)("$chapter: $prompt", (q) => {
    it("the model answer typed back is correct, ≥ 90, never flagged", async () => {
      const r = (await scoreForQuestion(q, q.modelAnswer))!;
      expect(r.verdict).toBe("correct");
      expect(r.score).toBeGreaterThanOrEqual(90);
      expect(r.wrongAnswerMatch).toBe(false);
    });

    it("the common wrong answer typed back is common-wrong-answer with a low score", async () => {
      expect(q.wrongAnswer, "every interview question has a common wrong answer").toBeTruthy();
      const r = (await scoreForQuestion(q, q.wrongAnswer!))!;
      expect(r.verdict).toBe("common-wrong-answer");
      expect(r.score).toBeLessThanOrEqual(25);
    });

    it("an empty answer is empty", async () => {
      const r = await scoreAnswer({
        question: q.prompt,
        reference: q.modelAnswer,
        wrongAnswer: q.wrongAnswer ?? undefined,
        answer: "   ",
      });
      expect(r.verdict).toBe("empty");
      expect(r.score).toBe(0);
    });
  });
});
