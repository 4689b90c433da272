import { describe, expect, it } from "vitest";
import { ANSWER_LIMIT, counterText, cutByPaste, cutMessage } from "@/lib/ui/answer-limit";
import { MAX_ANSWER_CHARS } from "@/lib/scoring/types";

describe("the answer box's limit", () => {
  it("is the server's limit", () => expect(ANSWER_LIMIT).toBe(MAX_ANSWER_CHARS));
  it("counts what a paste loses: 6,500 into an empty box loses 1,500; a selection it replaces makes room", () => {
    expect(cutByPaste(0, 0, 6500)).toBe(1500);
    expect(cutByPaste(100, 0, 4900)).toBe(0);
    expect(cutByPaste(4000, 1000, 2000)).toBe(0);
    expect(cutByPaste(4990, 0, 20)).toBe(10);
  });
  it("says what was cut, where it began, and the count near the limit", () => {
    const pasted = "a".repeat(5000) + "THE TAIL starts here and goes on" + "b".repeat(1468);
    expect(cutMessage(cutByPaste(0, 0, pasted.length), pasted)).toBe(
      "Answers can be at most 5,000 characters: the last 1,500 characters of what you pasted were left out (from “THE TAIL starts here and goes onbbbbbbbb…”).",
    );
    expect(counterText(4812)).toBe("4,812 / 5,000 characters");
  });
});
