// Invariants over every interview question of every chapter in the live
// content/ (issue #10): a new chapter is covered the day it is added. The
// questions come through the same reader, parser and row builder the importer
// uses, and are scored through the app's own entry point.
import { readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { checkContent } from "@/lib/content/check-content";
import { readContentFiles } from "@/lib/content/read-content-files";
import { toQuestionRows } from "@/lib/content/to-question-rows";
import { scoreForQuestion } from "@/lib/review/score-for-question";
import { closeScorer } from "@/lib/scoring/embedder";
import { scoreAnswer } from "@/lib/scoring/score-answer";

const checked = checkContent(await readContentFiles(["content"]));
const interview = checked.lessons.flatMap((c) => toQuestionRows(c).filter((q) => q.kind === "interview").map((q) => ({ ...q, chapter: c.slug })));
const contradictions = new Map(
  readFileSync("tests/fixtures/scorer/contradictions.jsonl", "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { questionKey: string; answer: string })
    .map((c) => [c.questionKey, c.answer]),
);

/**
 * Contradictions the scorer does not catch yet, each for a stated reason.
 * These run as expected failures (it.fails): the test turns red the day the
 * scorer catches one, so the entry must then be removed. Any question not
 * listed must pass. Reported to the lead in the issue #10 closing report.
 */
const KNOWN_GAPS = new Map<string, string>([
  // None today: add [questionKey, reason] for a contradiction the scorer cannot catch yet.
]);

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
      const r = await scoreAnswer({ question: q.prompt, reference: q.modelAnswer, wrongAnswer: q.wrongAnswer ?? undefined, answer: "   " });
      expect(r.verdict).toBe("empty");
      expect(r.score).toBe(0);
    });

    const gap = KNOWN_GAPS.get(q.key);
    (gap ? it.fails : it)(`the hand-written contradiction (tests/fixtures/scorer/contradictions.jsonl) is never correct${gap ? ` [known gap: ${gap}]` : ""}`, async () => {
      const answer = contradictions.get(q.key);
      expect(answer, `no contradiction line for ${q.key} ("${q.prompt}")`).toBeDefined();
      const r = (await scoreForQuestion(q, answer!))!;
      expect(r.verdict).not.toBe("correct");
    });
  });
});
