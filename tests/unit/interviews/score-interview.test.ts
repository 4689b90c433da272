import { describe, expect, it } from "vitest";
import { earnedScore, interviewScore, isMissed, weakestChapters } from "@/lib/interviews/score-interview";

const at = new Date("2026-05-01T12:00:00Z");
const a = (
  score: number,
  verdict: string,
  over: Partial<{ timedOut: boolean; skipped: boolean; answeredAt: Date | null; slug: string }> = {},
) => ({
  score,
  verdict,
  timedOut: over.timedOut ?? false,
  skipped: over.skipped ?? false,
  answeredAt: over.answeredAt === undefined ? at : over.answeredAt,
  lesson: { slug: over.slug ?? "a", title: (over.slug ?? "a").toUpperCase() },
});

describe("interview scores", () => {
  it("counts a timed-out or skipped question as 0 and averages over every question asked", () => {
    expect(earnedScore(a(90, "correct", { timedOut: true }))).toBe(0);
    expect(earnedScore(a(0, "empty", { skipped: true, answeredAt: null }))).toBe(0);
    expect(interviewScore([a(90, "correct"), a(60, "partial"), a(80, "correct", { timedOut: true })])).toBe(50);
    expect(interviewScore([])).toBe(0);
  });

  it("calls missed anything short of correct, late or skipped", () => {
    expect(
      [
        a(90, "correct"),
        a(60, "partial"),
        a(10, "common-wrong-answer"),
        a(95, "correct", { timedOut: true }),
        a(0, "empty", { skipped: true }),
      ].map(isMissed),
    ).toEqual([false, true, true, true, true]);
  });

  it("ranks this interview's chapters weakest first", () => {
    const chapters = weakestChapters([
      a(90, "correct", { slug: "b" }),
      a(20, "partial", { slug: "a" }),
      a(40, "partial", { slug: "a" }),
      a(100, "correct", { slug: "c" }),
    ]);
    expect(chapters.map((c) => [c.slug, c.score, c.questions])).toEqual([
      ["a", 30, 2],
      ["b", 90, 1],
      ["c", 100, 1],
    ]);
  });
});
