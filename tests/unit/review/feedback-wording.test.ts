import { expect, it } from "vitest";
import { scoreForQuestion } from "@/lib/review/score-for-question";

const q = {
  prompt: "Why pin images by digest rather than tag?",
  modelAnswer:
    "A tag is mutable and can be moved to a different image; a digest identifies one exact immutable image, so deploys are reproducible.",
  wrongAnswer: "Tags are slower to pull than digests.",
};

it("a nonsense answer is judged wrong and told the key points, never that it is a list of keywords", async () => {
  for (const nonsense of ["asdf qwer zxcv uiop", "blorp fnord zibble wuggle quonk", "banana purple elephant sky"]) {
    const r = (await scoreForQuestion(q, nonsense, 10))!;
    expect(r.verdict).toBe("incorrect");
    expect(r.feedback).not.toMatch(/list of keywords/);
    expect(r.feedback).toMatch(/^Not quite: the key points are "A tag is mutable/);
  }
});
