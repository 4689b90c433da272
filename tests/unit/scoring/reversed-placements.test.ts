import { describe, expect, it } from "vitest";
import { analyzeText } from "@/lib/scoring/analyze-text";
import { comparePlacements } from "@/lib/scoring/compare-placements";
import { scoreAnswer } from "@/lib/scoring/score-answer";

const MULTI_STAGE = {
  question: "Why are multi-stage builds so useful?",
  reference: "They keep compilers, test tools, and temporary artifacts out of production images. That shrinks attack surface and often cuts image pull time as well.",
};
const GIT = { question: "How do you keep secrets safe in a GitOps workflow?", reference: "Keep plaintext secrets out of Git: commit only references or ciphertext." };

const reversed = (card: { reference: string }, answer: string) => comparePlacements(analyzeText(card.reference), analyzeText(answer)).reversed.size > 0;

describe("reversed placements (issue #10)", () => {
  it("does not call 'put X into' correct against 'keep X out of'", () => {
    // The issue's own example: it scored 74, `correct`.
    const r = scoreAnswer({ ...MULTI_STAGE, answer: "They put compilers and test tools into the production image so you can debug there" });
    expect(r.verdict).not.toBe("correct");
    expect(r.score).toBeLessThan(40);
    // The claim is quoted whole, though the analyser cuts it at its commas.
    expect(r.feedback).toBe('Your answer says the opposite of the model answer, which states "They keep compilers, test tools, and temporary artifacts out of production images."');
    expect(reversed(MULTI_STAGE, "You add the compilers to the production image so it can rebuild itself.")).toBe(true);
    expect(reversed(GIT, "Commit the plaintext secrets to Git so every environment has them.")).toBe(true);
  });

  it("reads the same placement said another way as agreement", () => {
    for (const answer of [
      "Multi-stage builds keep the compilers out of the final production image.",
      "They don't put compilers or test tools into the production image.",
      "Build tools are removed from the production image, so it is smaller.",
      "The compilers stay in the build stage, and the image that ships is small.",
    ]) {
      expect(reversed(MULTI_STAGE, answer), answer).toBe(false);
    }
    expect(reversed(GIT, "Never commit plaintext secrets to Git; commit references instead.")).toBe(false);
    expect(scoreAnswer({ ...MULTI_STAGE, answer: "They don't put compilers or test tools into production images, which shrinks the attack surface." }).verdict).toBe("correct");
  });
});
