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

describe("denied clauses: conditions", () => {
  const question = "When does C++ create a default constructor?";
  const reference = "If no constructor is provided, the compiler provides one by default. If a constructor is defined for a class, the compiler does not create a default constructor.";

  it("a condition is supposed, not claimed: an answer about the other case does not deny it", () => {
    const r = scoreAnswer({ question, reference, answer: "Only when no constructor is defined in the class." });
    expect(r.feedback).not.toMatch(/opposite/);
    expect(r.score).toBeGreaterThanOrEqual(40);
  });

  it("the consequent said for the opposite condition is the other case ('creates one when we do not define one')", () => {
    const r = scoreAnswer({ question, reference, answer: "The compiler creates a default constructor when we do not define one." });
    expect(r.feedback).not.toMatch(/opposite/);
    expect(r.verdict).toBe("correct");
  });

  it("a 'when' clause is a time, not a claim ('initialized only once, when the function is first called')", () => {
    const r = scoreAnswer({
      question: "What is special about a static local variable?",
      reference: "It keeps its value between calls; it is initialized only once, when the function is first called.",
      answer: "It is not reset each time the function is called; it keeps its value.",
    });
    expect(r.feedback).not.toMatch(/opposite/);
    expect(r.verdict).toBe("correct");
  });

  it("still denies the consequent under the same condition", () => {
    const r = scoreAnswer({ question, reference: "If a constructor is defined for a class, the compiler does not create a default constructor.", answer: "If a constructor is defined for a class, the compiler still creates a default constructor." });
    expect(r.verdict).not.toBe("correct");
  });
});

describe("denied clauses: the other thing of a contrast", () => {
  const question = "What is the difference between a function prototype and a function definition?";
  const reference = "A function prototype declares the name, the return type and the parameter types. The function definition includes the actual body of the function.";

  it("denying the other clause's claim of the contrasted thing agrees ('A prototype does not include the body')", () => {
    const r = scoreAnswer({ question, reference, answer: "A prototype does not include the actual body; the definition holds all the code." });
    expect(r.feedback).not.toMatch(/opposite/);
    expect(r.score).toBeGreaterThanOrEqual(40);
  });

  it("a claim about another thing relative to the denied clause's subject denies nothing ('switch Y is not on the same path as bulb A')", () => {
    const q = "Why does bulb A stay on when switch Y is open?";
    const ref = "Bulb A is still in a closed path with the battery.";
    expect(scoreAnswer({ question: q, reference: ref, answer: "switch y is not on the same path to the battery as bulb a" }).feedback).not.toMatch(/opposite/);
    expect(scoreAnswer({ question: q, reference: ref, answer: "Bulb A is not in a closed path with the battery." }).feedback).toMatch(/opposite/);
  });

  it("still denies the claim of its own subject", () => {
    const r = scoreAnswer({ question, reference, answer: "The function definition does not include the actual body of the function." });
    expect(r.verdict).not.toBe("correct");
    expect(r.feedback).toMatch(/opposite/);
  });
});

describe("keyword stuffing: precision", () => {
  const question = "Why are multi-stage builds so useful?";
  const reference = "They keep compilers, test tools, and temporary artifacts out of production images. That shrinks attack surface and often cuts image pull time as well.";

  it("terse notes have structure and are no keyword list", () => {
    const r = scoreAnswer({ question, reference, answer: "build stage w/ compilers + test tools, final image only the artifact -> smaller attack surface, faster pulls" });
    expect(r.feedback).not.toMatch(/list of keywords/);
    expect(r.verdict).toBe("correct");
  });

  it("a list of phrases answers a question whose model answer lists them", () => {
    const r = scoreAnswer({
      question: "What are the ways to pass a pointer to a function?",
      reference: "There are four ways: nonconstant pointer to constant data, nonconstant pointer to nonconstant data, constant pointer to constant data, and constant pointer to nonconstant data.",
      answer: "constant pointer to constant data, constant pointer to nonconstant data, nonconstant pointer to constant data, nonconstant pointer to nonconstant data",
    });
    expect(r.feedback).not.toMatch(/list of keywords/);
    expect(r.verdict).toBe("correct");
  });

  it("bare terms between commas are still a keyword list", () => {
    const r = scoreAnswer({ question, reference, answer: "compilers, test tools, temporary artifacts, production images, attack surface, pull time" });
    expect(r.feedback).toMatch(/list of keywords/);
    expect(r.score).toBeLessThanOrEqual(55);
  });

  it("a bag of the model answer's terms is still a keyword list", () => {
    const r = scoreAnswer({ question, reference, answer: "multi-stage compilers test tools temporary artifacts production images attack surface pull time" });
    expect(r.feedback).toMatch(/list of keywords/);
    expect(r.score).toBeLessThanOrEqual(55);
  });
});

describe("question options: precision", () => {
  const question = "Does an out-of-bounds index cause a compilation error or a run-time error?";

  it("an option the answer rejects is not the option it chose ('does not cause a compilation error')", () => {
    const r = scoreAnswer({ question, reference: "A run-time error.", answer: "It does not cause a compilation error; it is a run-time error." });
    expect(r.verdict).toBe("correct");
  });

  it("the right option weighs what the other one does ('by rows, then the columns')", () => {
    const r = scoreAnswer({ question: "Are two-dimensional arrays stored in memory by rows or by columns?", reference: "By rows.", answer: "by rows, then the columns inside each row" });
    expect(r.verdict).toBe("correct");
  });

  it("still marks the other option down", () => {
    const r = scoreAnswer({ question, reference: "A run-time error.", answer: "A compilation error." });
    expect(r.verdict).toBe("incorrect");
  });
});
