// Contradiction detectors must not fire on right answers (issue #10, Mohler k = 0):
// each case is a general cause of a false denial or swap found on Mohler dev.
import { describe, expect, it } from "vitest";
import { scoreAnswer } from "@/lib/scoring/score-answer";
import { DIGESTS } from "./fixtures";

describe("swapped roles: precision", () => {
  it("an answer relating its subject to the other clause's subject swaps nothing ('A constructor initializes an object')", () => {
    const question = "What is the difference between a constructor and a method?";
    const reference = "A constructor runs whenever an object is created, whereas a method must be called explicitly.";
    const r = scoreAnswer({ question, reference, answer: "A constructor initializes the object as it is made; methods are called by name." });
    expect(r.feedback).not.toMatch(/reversed/);
    expect(r.score).toBeGreaterThanOrEqual(40);
  });

  it("still catches a subject that takes the other side's place in a comparison ('Containers isolate harder than VMs')", () => {
    const question = "Why do containers exist when VMs already isolate workloads?";
    const reference = "Containers start fast and behave consistently. VMs isolate harder, but they are heavier.";
    const r = scoreAnswer({ question, reference, answer: "Containers isolate harder than VMs and VMs start fast." });
    expect(r.verdict).not.toBe("correct");
  });

  it("still catches the plain swap", () => {
    const r = scoreAnswer({ ...DIGESTS, answer: "tags point to one exact artifact, digests can move" });
    expect(r.feedback).toMatch(/roles reversed/);
  });
});
