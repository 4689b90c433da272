import { describe, expect, it } from "vitest";
import { blendExamples, MAX_SHIFT, MIN_EXAMPLES, ONE_VOICE_SHIFT, VOICE_STEP } from "@/lib/scoring/blend-examples";
import { blendAnswerOf, type TBlendAnswer } from "@/lib/scoring/match-example";
import { prepareExample, prepareExampleSet, type TPreparedExample } from "@/lib/scoring/prepare-examples";
import { analyzeText } from "@/lib/scoring/analyze-text";
import { MAX_EXAMPLES, MAX_PER_LABELLER, RATING_GRADE, selectExamples, type TGradedExample } from "@/lib/scoring/graded-example";
import { scoreAnswer } from "@/lib/scoring/score-answer";
import { prepareKshot } from "@/scripts/lib/mohler-kshot";
import { DIGESTS, STATE } from "./fixtures";

const ex = (answer: string, grade: number, labeller?: string): TGradedExample => ({ answer, grade, source: "review", ...(labeller ? { labeller } : {}) });

describe("selectExamples", () => {
  it("keeps author examples first, at most MAX_PER_LABELLER per labeller and MAX_EXAMPLES in all", () => {
    const many = Array.from({ length: 30 }, (_, i) => ex(`answer ${i}`, 4, "same-user"));
    const others = Array.from({ length: 60 }, (_, i) => ex(`other ${i}`, 2, `user-${i}`));
    const author: TGradedExample = { answer: "author's accepted answer", grade: 5, source: "author" };
    const kept = selectExamples([...many, ...others, author]);
    expect(kept[0]).toEqual(author);
    expect(kept.filter((e) => e.labeller === "same-user")).toHaveLength(MAX_PER_LABELLER);
    expect(kept).toHaveLength(MAX_EXAMPLES);
  });

  it("drops blank answers", () => {
    expect(selectExamples([ex("  ", 5), ex("x", 1)]).map((e) => e.answer)).toEqual(["x"]);
  });

  it("maps ratings to grades in order", () => {
    expect([RATING_GRADE[1], RATING_GRADE[2], RATING_GRADE[3], RATING_GRADE[4]]).toEqual([0.5, 2.5, 4, 5]);
  });
});

describe("scoring with graded examples", () => {
  const offTopic = "Readiness probes decide when a pod may receive traffic from a Service.";

  it("changes nothing below MIN_EXAMPLES", () => {
    const base = scoreAnswer({ ...DIGESTS, answer: offTopic });
    const few = Array.from({ length: MIN_EXAMPLES - 1 }, () => ex(offTopic, 5));
    const r = scoreAnswer({ ...DIGESTS, answer: offTopic, examples: few });
    expect(r.score).toBe(base.score);
    expect(r.examplesUsed).toBeUndefined();
  });

  it("grades a near-duplicate of graded answers like them", () => {
    const terse = "digest = fixed artifact; tags drift";
    const base = scoreAnswer({ ...DIGESTS, answer: terse });
    const examples = [ex("digest = fixed artifact, tags drift", 5, "a"), ex("digest is a fixed artifact; tags drift", 5, "b"), ex("tags are fine", 0, "c"), ex("no idea about digests", 0, "d")];
    const r = scoreAnswer({ ...DIGESTS, answer: terse, examples });
    expect(r.examplesUsed).toBe(4);
    expect(r.score).toBeGreaterThan(base.score);
  });

  it("a labeller who rates everything Good cannot make an off-topic answer correct", () => {
    const junk = Array.from({ length: 50 }, (_, i) => ex(`${offTopic} ${i}`, RATING_GRADE[3], "suspicious"));
    const honest = [ex(DIGESTS.reference, 5, "h1"), ex(offTopic, 0.5, "h2"), ex("tags are enough", 0.5, "h3")];
    const r = scoreAnswer({ ...DIGESTS, answer: offTopic, examples: [...junk, ...honest] });
    expect(r.verdict).not.toBe("correct");
    // Even alone (no honest examples), the move is capped.
    const alone = scoreAnswer({ ...DIGESTS, answer: offTopic, examples: junk });
    const base = scoreAnswer({ ...DIGESTS, answer: offTopic });
    expect(alone.score - base.score).toBeLessThanOrEqual(ONE_VOICE_SHIFT);
    // Rated Easy, the junk becomes an extra model answer; alone it still moves the score at most ONE_VOICE_SHIFT.
    const easy = junk.map((e) => ({ ...e, grade: RATING_GRADE[4] }));
    expect(scoreAnswer({ ...DIGESTS, answer: offTopic, examples: easy }).score - base.score).toBeLessThanOrEqual(ONE_VOICE_SHIFT);
    expect(scoreAnswer({ ...DIGESTS, answer: offTopic, examples: [...easy, ...honest] }).verdict).not.toBe("correct");
  });

  it("never lifts a contradiction or the misconception", () => {
    const denial = "Pods never disappear, so local writes are kept.";
    const base = scoreAnswer({ ...STATE, answer: denial });
    const praise = Array.from({ length: 8 }, (_, i) => ex(denial, 5, `u${i}`));
    expect(scoreAnswer({ ...STATE, answer: denial, examples: praise }).score).toBeLessThanOrEqual(base.score);
    const wrong = scoreAnswer({ ...DIGESTS, answer: DIGESTS.wrongAnswer, examples: Array.from({ length: 8 }, (_, i) => ex(DIGESTS.wrongAnswer, 5, `u${i}`)) });
    expect(wrong.verdict).toBe("common-wrong-answer");
    expect(wrong.score).toBeLessThanOrEqual(25);
  });

  it("reads a graded answer as an extra model answer: a copy with typos is graded like it", () => {
    // Stems miss "digst"/"identifes"; the scorer's own alignment (typos, synonyms) does not.
    const graded = "A digest identifies the image contents exactly and stays immutable.";
    const examples = [ex(graded, 5, "a"), ex("tags are nicer to read", 1, "b"), ex("digests are faster to pull", 0.5, "c"), ex("the digest is a hash of the contents", 4, "d")];
    const typed = "a digst identifes the imge contents exactely and stays imutable";
    const base = scoreAnswer({ ...DIGESTS, answer: typed });
    const r = scoreAnswer({ ...DIGESTS, answer: typed, examples });
    expect(base.score).toBeLessThan(40);
    expect(r.score).toBeGreaterThanOrEqual(75);
  });

  it("is deterministic and never returns the examples", () => {
    const examples = [ex("a b c digests", 3), ex("tags move", 2), ex("digests pin artifacts", 5)];
    const a = scoreAnswer({ ...DIGESTS, answer: "digests pin one artifact", examples });
    const b = scoreAnswer({ ...DIGESTS, answer: "digests pin one artifact", examples });
    expect(a).toEqual(b);
    expect(JSON.stringify(a)).not.toContain("a b c digests");
  });
});

describe("blendExamples", () => {
  const card = { questionKeys: new Set<string>(), optionKeys: new Set<string>() };
  // referenceScore given as is (no lifting by the set), to test the blend's arithmetic alone.
  const prepared = (text: string, target: number, referenceScore: number, labeller?: string): TPreparedExample => ({ ...prepareExample(text, card, target / 20, referenceScore, labeller), referenceScore });
  const asAnswer = (text: string): TBlendAnswer => blendAnswerOf(analyzeText(text), card);
  const answer = asAnswer("digests pin one exact artifact");
  const praise = (labellers: string[]) => labellers.map((l, i) => prepared(`digests pin one exact artifact ${i}`, 100, 10, l));

  it("one labeller moves a score at most ONE_VOICE_SHIFT, two at most one VOICE_STEP more, three or more up to MAX_SHIFT", () => {
    const one = blendExamples(10, answer, praise(["a", "a", "a", "a"]), true);
    const two = blendExamples(10, answer, praise(["a", "a", "b", "b"]), true);
    const three = blendExamples(10, answer, praise(["a", "b", "c", "c"]), true);
    expect(one.score - 10).toBe(ONE_VOICE_SHIFT);
    expect(two.score - 10).toBe(ONE_VOICE_SHIFT + VOICE_STEP);
    expect(three.score - 10).toBeGreaterThan(ONE_VOICE_SHIFT + VOICE_STEP);
    expect(three.score - 10).toBeLessThanOrEqual(MAX_SHIFT);
  });

  it("reads full-marks examples as extra model answers, also for the examples' own reference scores", () => {
    // The model answer misses these words entirely (reference score 10), three graders gave full marks to this wording.
    const full = "the hash names one immutable image";
    const set = prepareExampleSet([0, 1, 2].map((i) => ({ ...prepareExample(full, card, 5, 10, `g${i}`) })).concat([prepareExample("tags are nicer", card, 0.5, 10, "g3")]));
    // Each copy is covered by the other copies: its lifted reference score is full, so its residual is ~0, not +90.
    expect(set[0]!.referenceScore).toBeGreaterThanOrEqual(95);
    expect(set[3]!.referenceScore).toBe(10);
    const r = blendExamples(10, asAnswer("the hash names one immutable image"), set, true);
    expect(r.score).toBeGreaterThanOrEqual(80);
    // Never for an answer the scorer found contradicting the model answer or asserting the misconception.
    expect(blendExamples(10, asAnswer("the hash names one immutable image"), set, false).score).toBeLessThanOrEqual(10);
  });

  it("does not read an example said the other way round as covering it (no lift for a negated copy)", () => {
    const full = "the digest never changes once the image is pushed";
    const set = prepareExampleSet([0, 1, 2].map((i) => prepareExample(full, card, 5, 10, `g${i}`)).concat([prepareExample("tags are nicer", card, 0.5, 10, "g3")]));
    expect(blendExamples(10, asAnswer("the digest does not change after a push"), set, true).score).toBeGreaterThanOrEqual(80);
    expect(blendExamples(10, asAnswer("the digest changes once the image is pushed"), set, true).score).toBeLessThanOrEqual(20);
  });

  it("learns a question's scale, not only its offset: graders who stretch the reference score", () => {
    // These graders give 2× the reference score around 50: low answers lower, high answers higher.
    const stretch = [10, 30, 50, 70, 90].map((r, i) => prepared(`unrelated example ${i}`, Math.max(0, Math.min(100, 50 + 2 * (r - 50))), r));
    const low = blendExamples(20, asAnswer("nothing shared"), stretch, true).score;
    const high = blendExamples(80, asAnswer("nothing shared"), stretch, true).score;
    expect(low).toBeLessThan(20);
    expect(high).toBeGreaterThan(80);
  });
});

describe("the Mohler k-shot bench", () => {
  it("scores exactly as scoreAnswer does with the same examples", () => {
    const card = { id: "1.1", assignment: 1, split: "dev" as const, question: "What is a function pointer?", reference: "The address of the location in memory where the function code resides." };
    const answers: [string, number][] = [
      ["the address of a function in memory", 5],
      ["a pointer to an int", 1],
      ["it holds where the function code lives in memory", 4.5],
      ["stores the address of some function so it can be called later", 5],
      ["a variable", 0.5],
      ["memory adress of the code of a functon", 4],
      ["where the code is", 3],
    ];
    const prepared = prepareKshot(answers.map(([answer, grade]) => ({ ...card, answer, grade })));
    const examples = prepareExampleSet(prepared.slice(0, 4).map((p) => p.example));
    const graded = answers.slice(0, 4).map(([answer, grade]) => ({ answer, grade }));
    let moved = 0;
    for (const rest of prepared.slice(4)) {
      const bench = blendExamples(rest.score, rest.answer, examples, true).score;
      expect(bench).toBe(scoreAnswer({ ...card, answer: rest.item.answer, examples: graded }).score);
      if (bench !== rest.score) moved++;
    }
    expect(moved).toBeGreaterThan(0);
  });
});
