import { describe, expect, it } from "vitest";
import { scoreAnswer } from "@/lib/scoring/score-answer";

const PROBES = {
  question: "What is the difference between a readiness and a liveness probe?",
  reference: "A failing readiness probe takes the Pod out of Service endpoints so it stops getting traffic. A failing liveness probe makes the kubelet restart the container.",
};

describe("roles swapped through a condition (issue #10)", () => {
  it("reads 'If X fails, …' as a claim about X", () => {
    // The condition names who, its consequent what happens: both scored 97, `correct`.
    const swapped = scoreAnswer({ ...PROBES, answer: "If the liveness probe fails, the Pod is taken out of the Service endpoints; if the readiness probe fails, the kubelet restarts the container." });
    expect(swapped.verdict).not.toBe("correct");
    expect(swapped.score).toBeLessThan(40);
    // A pairing names no "who": the claim is quoted, not a subject the answer never swapped.
    expect(swapped.feedback).toMatch(/^You have the roles reversed: the model answer says "A failing (liveness|readiness) probe [^"]+\."$/);
    const right = scoreAnswer({ ...PROBES, answer: "If the readiness probe fails, the Pod is taken out of the Service endpoints; if the liveness probe fails, the kubelet restarts the container." });
    expect(right.verdict).toBe("correct");
  });
});
