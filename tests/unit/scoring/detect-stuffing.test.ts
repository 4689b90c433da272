import { describe, expect, it } from "vitest";
import { analyzeText } from "@/lib/scoring/analyze-text";
import { detectStuffing } from "@/lib/scoring/detect-stuffing";
import { scoreAnswer } from "@/lib/scoring/score-answer";

const DIGESTS = {
  question: "Why should production deployments prefer digests over mutable tags?",
  reference: "Digests point to one exact artifact, so rollback and debugging stay trustworthy. Mutable tags can silently move underneath you and break audit trails.",
};
const stuffed = (answer: string) => detectStuffing(analyzeText(DIGESTS.reference), analyzeText(answer), answer);

describe("keyword stuffing vs notes", () => {
  it("calls a bag of the model answer's words stuffing, signs inside a term included", () => {
    expect(stuffed("digests mutable tags exact artifact rollback debugging audit trails")).toBe(true);
    expect(stuffed("digests HTTP/2 nvidia.com/gpu tags artifact rollback audit trails")).toBe(true);
  });

  it("reads words tied together by signs as notes, and grades them as an answer", () => {
    const notes = "digest = immutable, one exact artifact -> trustworthy rollback/debug. tags mutable, can move silently, break audit";
    expect(stuffed(notes)).toBe(false);
    expect(stuffed("digest -> one artifact; tags w/ silent moves")).toBe(false);
    expect(stuffed("rollback + debugging stay trustworthy, tags: can move")).toBe(false);
    // It was capped at 55 as a keyword list.
    expect(scoreAnswer({ ...DIGESTS, answer: notes }).verdict).toBe("correct");
  });
});
