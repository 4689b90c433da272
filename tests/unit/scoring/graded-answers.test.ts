import { describe, expect, it } from "vitest";
import { evaluateGraded } from "@/scripts/lib/evaluate-graded";

// Quality gate: hand-graded interview answers (grades written before tuning).
describe("hand-graded interview answers", () => {
  const report = evaluateGraded();

  it("has a fixture of at least 60 answers over 6+ questions", () => {
    expect(report.n).toBeGreaterThanOrEqual(60);
    expect(new Set(report.rows.map((r) => r.item.question)).size).toBeGreaterThanOrEqual(6);
  });

  it("ranks answers like the human grades (Spearman ≥ 0.85)", () => {
    expect(report.spearman).toBeGreaterThanOrEqual(0.85);
  });

  it("flags every common-wrong-answer item and nothing else", () => {
    const missed = report.rows.filter((r) => r.item.kind.startsWith("wrong-") && !r.result.wrongAnswerMatch).map((r) => r.item.answer);
    expect(missed).toEqual([]);
    expect(report.falseFlags).toBe(0);
  });
});
