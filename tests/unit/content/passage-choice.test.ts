// Passage choice measured against the labelled recall set; the accuracy is
// printed (the figure) and held above a floor so a regression fails.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { evaluatePassages, readLabels } from "@/scripts/lib/evaluate-passages";

const fixtures = path.resolve(import.meta.dirname, "../../fixtures");
const labels = readLabels(path.join(fixtures, "recall-passages.jsonl"));

describe("passage choice against the labelled recall set", () => {
  const { results, accuracy, unlabelled } = evaluatePassages(path.join(fixtures, "recall-chapters"), labels);

  it("labels every recall question of every chapter", () => {
    expect(unlabelled).toEqual([]);
    expect(labels.length).toBe(39);
  });

  it("chooses a passage that holds the labelled answer (1–3 sentences)", () => {
    const wrong = results.filter((r) => !r.right).map((r) => `${r.chapter}: ${r.question}\n  chose: ${r.chosen.join(" ")}`);
    console.log(`passage-choice accuracy: ${results.length - wrong.length}/${results.length} = ${(accuracy * 100).toFixed(1)}%\n${wrong.join("\n")}`);
    expect(results.every((r) => r.chosen.length <= 3)).toBe(true);
    expect(accuracy).toBeGreaterThanOrEqual(0.95);
  });

  it("calls a choice rough when it is wrong more often than when it is right", () => {
    const roughWhenWrong = results.filter((r) => !r.right && r.rough).length;
    const roughWhenRight = results.filter((r) => r.right && r.rough).length;
    expect(roughWhenRight).toBeLessThanOrEqual(Math.max(1, Math.floor(results.length * 0.1)));
    if (results.some((r) => !r.right)) expect(roughWhenWrong).toBeGreaterThan(0);
  });
});
