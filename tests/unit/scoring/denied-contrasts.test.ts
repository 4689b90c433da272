import { describe, expect, it } from "vitest";
import { analyzeText } from "@/lib/scoring/analyze-text";
import { findDeniedContrasts } from "@/lib/scoring/find-denied-contrasts";
import { prepareReference } from "@/lib/scoring/prepare-reference";
import { scoreAnswer } from "@/lib/scoring/score-answer";

// The first card a new user reviews.
const IMAGE = { question: "Why is an image not the same thing as a running container?", reference: "An image is a read-only recipe, not a running process." };
const denies = (answer: string) => {
  const p = prepareReference(IMAGE.question, IMAGE.reference, undefined);
  return findDeniedContrasts(p.reference.tokens, analyzeText(answer), p.questionKeys).size > 0;
};

describe("'S is A, not B' said as 'S is B' (issue #10)", () => {
  it("is no correct answer", () => {
    // It scored 99, `correct`.
    const r = scoreAnswer({ ...IMAGE, answer: "An image is the running process, and a container is the read-only recipe it was started from." });
    expect(r.verdict).not.toBe("correct");
    expect(denies("Images are running processes.")).toBe(true);
    // "it" is the image: it was caught by no stage, and "running process" showed as covered.
    expect(denies("An image is not a read-only recipe; it is a running process.")).toBe(true);
  });

  it("leaves the contrast said the right way, or about another subject, alone", () => {
    expect(denies("An image is a read-only recipe; it is not a running process.")).toBe(false);
    expect(denies("A container starts from an image; it is the running process.")).toBe(false);
    expect(denies("An image is not a running process but a read-only recipe.")).toBe(false);
    expect(denies("A container is the running process started from an image.")).toBe(false);
    expect(scoreAnswer({ ...IMAGE, answer: "A container is the running process; the image is only the read-only recipe it starts from." }).verdict).toBe("correct");
  });
});
