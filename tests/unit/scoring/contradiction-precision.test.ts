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

  const ROLLOUT = "How do you roll out a Deployment without dropping requests?";

  it("an imperative has no subject to swap ('Give Pods a readiness probe')", () => {
    const r = scoreAnswer({ question: ROLLOUT, reference: "Give Pods a readiness probe, so new Pods get traffic only when ready.", answer: "New Pods need a readiness probe; they get traffic only when ready." });
    expect(r.feedback).not.toMatch(/reversed/);
    expect(r.verdict).toBe("correct");
  });

  it("'ones' points back like a pronoun: no subject ('so new ones get traffic')", () => {
    const reference = "Add a readiness probe, so new ones get traffic only when ready. Handle SIGTERM, so requests finish while the Pod leaves the endpoints.";
    const r = scoreAnswer({ question: ROLLOUT, reference, answer: "Add readiness probes so new Pods only get traffic when ready, and handle SIGTERM so requests finish." });
    expect(r.feedback).not.toMatch(/reversed/);
    expect(r.verdict).toBe("correct");
  });

  it("one loosely matched word proves no role ('go' for 'belongs')", () => {
    const question = "Why should images avoid writing state into their own filesystem?";
    const r = scoreAnswer({ question, reference: "Pods can disappear anytime. State belongs in external systems.", answer: "Pods can go away at any moment. State should live in external systems." });
    expect(r.feedback).not.toMatch(/reversed/);
    expect(r.verdict).toBe("correct");
  });

  it("still catches the plain swap", () => {
    const r = scoreAnswer({ ...DIGESTS, answer: "tags point to one exact artifact, digests can move" });
    expect(r.feedback).toMatch(/roles reversed/);
  });
});
