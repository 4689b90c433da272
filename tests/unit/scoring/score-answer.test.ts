import { describe, expect, it } from "vitest";
import { AnswerTooLongError } from "@/lib/scoring/answer-too-long-error";
import { scoreAnswer } from "@/lib/scoring/score-answer";
import { ZScoreResult } from "@/lib/scoring/types";
import { CONTAINERS, DIGESTS, MULTI_STAGE, STATE } from "./fixtures";

describe("scoreAnswer", () => {
  it("grades the model answer itself as correct, high, Good or Easy", () => {
    const r = scoreAnswer({ ...DIGESTS, answer: DIGESTS.reference });
    expect(r.verdict).toBe("correct");
    expect(r.score).toBeGreaterThanOrEqual(90);
    expect([3, 4]).toContain(r.rating);
    expect(r.missed).toEqual([]);
    expect(r.wrongAnswerMatch).toBe(false);
    expect(ZScoreResult.parse(r)).toEqual(r);
  });

  it("gives concept spans that point into the model answer", () => {
    const r = scoreAnswer({ ...DIGESTS, answer: "digests point to one exact image" });
    expect(r.concepts.length).toBeGreaterThan(3);
    for (const c of r.concepts) expect(DIGESTS.reference.slice(c.start, c.end)).toBe(c.text);
    // Whole phrases: the verb stays with its object (issue #11).
    const artifact = r.concepts.find((c) => c.text === "Digests point to one exact artifact");
    expect(artifact).toMatchObject({ matched: true });
    expect(artifact?.matchedBy).toEqual(expect.arrayContaining(["exact"]));
    expect(r.missed).toContain("break audit trails");
  });

  it("shows whole phrases without filler words as concepts (issue #11)", () => {
    const texts = scoreAnswer({
      question: "Why are multi-stage builds so useful?",
      reference: "They keep compilers, test tools, and temporary artifacts out of production images. That shrinks attack surface and often cuts image pull time as well.",
      answer: "smaller images",
    }).concepts.map((c) => c.text);
    expect(texts.some((t) => t.endsWith("artifacts out of production images"))).toBe(true);
    expect(texts).toContain("shrinks attack surface");
    for (const filler of ["well", "often", "as well", "They", "That"]) expect(texts).not.toContain(filler);
    for (const t of texts) expect(t).not.toMatch(/^(the|a|an|of|to|and|or|often)\b/i);
    const hyphen = scoreAnswer({ question: "Why is an image not a container?", reference: "An image is a read-only recipe, not a running process.", answer: "x" });
    expect(hyphen.concepts.map((c) => c.text)).toEqual(["image", "read-only recipe", "running process"]);
  });

  it("accepts a paraphrase with synonyms and abbreviations", () => {
    const r = scoreAnswer({
      ...STATE,
      answer: "A pod may be killed or rescheduled at any moment and local writes are lost with it, so keep state in an external DB or on a PVC.",
    });
    expect(["correct", "partial"]).toContain(r.verdict);
    expect(r.score).toBeGreaterThanOrEqual(65);
  });

  it("expands abbreviations on both sides (VMs = virtual machines, deps = dependencies)", () => {
    const r = scoreAnswer({ ...CONTAINERS, answer: "Containers ship app deps as a portable unit that starts fast; virtual machines are heavier." });
    const vms = r.concepts.find((c) => c.text === "VMs");
    expect(vms?.matched).toBe(true);
    const deps = r.concepts.find((c) => c.text.includes("application dependencies"));
    expect(deps?.matchedBy).toEqual(expect.arrayContaining(["deps", "app"]));
  });

  it("tolerates typos in longer words", () => {
    const clean = scoreAnswer({ ...DIGESTS, answer: "Digests point to one exact artifact so rollback stays trustworthy" });
    const typo = scoreAnswer({ ...DIGESTS, answer: "Digsts point to one exct artifact so rolback stays trustworthy" });
    expect(typo.score).toBeGreaterThanOrEqual(clean.score - 12);
    expect(typo.matched).toContain("Digests point to one exact artifact");
  });

  it("flips on negation: 'pods never disappear' does not match 'pods can disappear'", () => {
    const yes = scoreAnswer({ ...STATE, answer: "Pods can disappear at any time, so local writes are lost." });
    const no = scoreAnswer({ ...STATE, answer: "Pods never disappear, so local writes are kept." });
    expect(yes.score - no.score).toBeGreaterThanOrEqual(30);
    expect(no.verdict).toBe("incorrect");
    expect(no.feedback).toMatch(/opposite/);
  });

  it("reads 'X doesn't exist' as denying what the model answer says of X", () => {
    const question = "How does traffic reach Pods from outside the cluster?";
    const reference = "An Ingress controller routes external HTTP traffic to Services, which forward it to the Pods.";
    const denial = scoreAnswer({ question, reference, answer: "An Ingress controller does not exist in Kubernetes, so Services have nothing to forward." });
    const plain = scoreAnswer({ question, reference, answer: "An Ingress controller in Kubernetes routes external HTTP traffic to Services and on to the Pods." });
    expect(denial.verdict).not.toBe("correct");
    expect(plain.score - denial.score).toBeGreaterThanOrEqual(30);
  });

  it("catches an opposite predicate ('grows' vs 'shrinks')", () => {
    const r = scoreAnswer({ ...MULTI_STAGE, answer: "They keep compilers out of production images, which grows the attack surface." });
    const ok = scoreAnswer({ ...MULTI_STAGE, answer: "They keep compilers out of production images, which shrinks the attack surface." });
    expect(ok.score - r.score).toBeGreaterThanOrEqual(15);
  });

  it("scores swapped roles low even though every word is right", () => {
    const r = scoreAnswer({ ...DIGESTS, answer: "tags point to one exact artifact, digests can move" });
    const right = scoreAnswer({ ...DIGESTS, answer: "digests point to one exact artifact, tags can move" });
    expect(r.score).toBeLessThanOrEqual(30);
    expect(right.score).toBeGreaterThanOrEqual(60);
    expect(r.feedback).toMatch(/roles reversed/);
  });

  it("finds no roles in a model-answer fragment without a verb ('The address of the location in memory …')", () => {
    const question = "What is a function pointer?";
    const reference = "The address of the location in memory where the function code resides.";
    const r = scoreAnswer({ question, reference, answer: "A function pointer contains the memory address of a function." });
    expect(r.feedback).not.toMatch(/reversed/);
    expect(r.score).toBeGreaterThanOrEqual(40);
  });

  it("catches arguments swapped between two claims without subjects ('put X on A and Y on B')", () => {
    const question = "How do you keep build tools out of the production image?";
    const reference = "Install the compilers in a builder stage, and copy only the binary into a slim runtime stage.";
    const swapped = scoreAnswer({ question, reference, answer: "Install the binary in the builder stage and copy the compilers into a slim runtime stage." });
    const right = scoreAnswer({ question, reference, answer: "Put the compilers in the builder stage and copy just the binary into a slim runtime stage." });
    expect(swapped.verdict).not.toBe("correct");
    expect(right.verdict).toBe("correct");
    expect(swapped.feedback).toMatch(/reversed/);
  });

  it("does not give full marks for keyword stuffing", () => {
    const r = scoreAnswer({ ...DIGESTS, answer: "digests exact artifact rollback debugging trustworthy mutable tags move audit trails" });
    expect(r.score).toBeLessThan(70);
    expect(r.verdict).not.toBe("correct");
    expect(r.feedback).toMatch(/list of keywords/);
  });

  it("scores off-topic answers low", () => {
    const r = scoreAnswer({ ...DIGESTS, answer: "Readiness probes decide when a pod may receive traffic from a Service." });
    expect(r.score).toBeLessThan(30);
    expect(r.verdict).toBe("incorrect");
    expect(r.rating).toBe(1);
  });

  it.each(["", "   ", "I don't know", "idk"])("treats %j as empty with rating Again", (answer) => {
    const r = scoreAnswer({ ...DIGESTS, answer });
    expect(r).toMatchObject({ verdict: "empty", rating: 1, score: 0, wrongAnswerMatch: false });
  });

  it("flags the exact common wrong answer and names it", () => {
    const r = scoreAnswer({ ...DIGESTS, answer: "Tags are enough if the team is disciplined." });
    expect(r.verdict).toBe("common-wrong-answer");
    expect(r.wrongAnswerMatch).toBe(true);
    expect(r.score).toBeLessThanOrEqual(30);
    expect(r.rating).toBe(1);
    expect(r.feedback).toContain('This is the common wrong answer: "Tags are enough if the team is disciplined."');
  });

  it("flags a paraphrase of the common wrong answer", () => {
    for (const [card, answer] of [
      [DIGESTS, "If everyone on the team is careful, tags are fine."],
      [CONTAINERS, "Containers are just the newer technology, so they are better than VMs."],
      [MULTI_STAGE, "Mostly they just make your Dockerfile look more sophisticated."],
      [STATE, "Since a container's filesystem is read-only anyway, you can't write to it."],
    ] as const) {
      const r = scoreAnswer({ ...card, answer });
      expect(r.verdict, answer).toBe("common-wrong-answer");
      expect(r.score).toBeLessThanOrEqual(30);
    }
  });

  it("does not flag an answer that rejects the wrong answer", () => {
    const r = scoreAnswer({
      ...CONTAINERS,
      answer: "It's not just because containers are newer; they package dependencies into a portable unit that starts fast, while VMs are heavier.",
    });
    expect(r.wrongAnswerMatch).toBe(false);
    expect(r.verdict).not.toBe("common-wrong-answer");
    expect(r.score).toBeGreaterThanOrEqual(60);
    const myth = scoreAnswer({ ...DIGESTS, answer: "That tags are enough if the team is disciplined is a myth: tags can silently move." });
    expect(myth.wrongAnswerMatch).toBe(false);
  });

  it("throws a typed error for answers over 5,000 characters", () => {
    expect(() => scoreAnswer({ ...DIGESTS, answer: "a".repeat(5001) })).toThrow(AnswerTooLongError);
    expect(() => scoreAnswer({ ...DIGESTS, answer: "a".repeat(5001) })).toThrow(/5001 characters \(maximum 5000\)/);
    expect(() => scoreAnswer({ ...DIGESTS, answer: "a ".repeat(2500) })).not.toThrow();
  });

  it("is deterministic", () => {
    const input = { ...STATE, answer: "pods are ephemeral so anything written locally is lost; use persistent volumes", seconds: 12 };
    const first = scoreAnswer(input);
    for (let i = 0; i < 5; i++) expect(scoreAnswer(input)).toEqual(first);
  });
});
