import { describe, expect, it } from "vitest";
import { analyzeSteps, MAX_SCORED_TOKENS, runSync } from "@/lib/scoring/analyze-text";
import { BoundedCache } from "@/lib/scoring/bounded-cache";
import { scoreAnswer, scoreAnswerAsync } from "@/lib/scoring/score-answer";
import { MAX_GLUED_LENGTH, splitGluedWord } from "@/lib/scoring/split-glued-word";
import { ZScoreResult } from "@/lib/scoring/types";
import { worstCaseAnswers } from "@/scripts/lib/worst-case-answers";
import { DIGESTS } from "./fixtures";

const frozen = () => 0;
/**
 * CPU time of this process (ms), not wall time: on a shared 2-core machine
 * running other test workers, wall time measures the neighbours. CPU time
 * is what one call costs the server.
 */
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

describe("scorer worst case (issue #9 item 1)", () => {
  // Warm-up on other strings of the same shape (another seed): the model and
  // WordNet are loaded, but no cache holds the measured answer's words.
  // Three fresh answers of each shape (other seeds, so no cache holds their
  // words), and the cheapest of them is held to the bound: a neighbour
  // stealing the core can slow one call, not all three.
  const warm = worstCaseAnswers(1);
  const fresh = [9, 10, 11].map((seed) => worstCaseAnswers(seed));
  warm.forEach(({ name }, k) => {
    it(`scores "${name}" in under 50 ms of CPU`, () => {
      scoreAnswer({ ...DIGESTS, answer: warm[k]!.answer });
      const costs = fresh.map((set) => {
        const start = cpuMs();
        const result = scoreAnswer({ ...DIGESTS, answer: set[k]!.answer });
        expect(ZScoreResult.safeParse(result).success).toBe(true);
        return cpuMs() - start;
      });
      expect(Math.min(...costs)).toBeLessThan(50);
    });
  });

  it("compares states in under 50 ms of CPU when the model answer asserts them and the answer is 5,000 characters of state words", () => {
    const card = {
      question: "Explain why you got a voltage reading of 1.5 for terminal 1 and the positive terminal.",
      reference: "Terminal 1 and the positive battery terminal are in different electrical states, separated by a gap, not in the same closed path",
    };
    const words = ["terminal", "1", "not", "connected", "gap", "positive", "negative", "battery", "same", "different", "closed", "open", "path", "seperated", "conected", "and"];
    const make = (offset: number) => {
      let a = "";
      for (let i = offset; a.length < 4990; i++) a += words[(i * 7) % words.length] + (i % 3 ? " " : ", ");
      return a.slice(0, 5000);
    };
    scoreAnswer({ ...card, answer: make(1) });
    const start = cpuMs();
    const result = scoreAnswer({ ...card, answer: make(2) });
    expect(cpuMs() - start).toBeLessThan(50);
    expect(ZScoreResult.safeParse(result).success).toBe(true);
  });

  it("never splits a run-together word longer than MAX_GLUED_LENGTH", () => {
    const glued = "imagelayercachedigestrollback";
    expect(glued.length).toBeGreaterThan(MAX_GLUED_LENGTH);
    expect(splitGluedWord(glued, glued)).toBeUndefined();
    expect(splitGluedWord("functionlocal", "functionlocal")).toEqual(["function", "local"]);
  });

  it("reads at most MAX_SCORED_TOKENS tokens and says the answer was cut", () => {
    const answer = "digests point to one exact artifact. ".repeat(80);
    const { tokens, truncated } = runSync(analyzeSteps(answer, Infinity));
    expect(tokens.length).toBe(MAX_SCORED_TOKENS);
    expect(truncated).toBe(true);
    const r = scoreAnswer({ ...DIGESTS, answer }, frozen);
    expect(r.truncated).toBe(true);
    expect(r.feedback).toMatch(/only the beginning/i);
  });

  it("stops reading at the time budget", () => {
    let t = 0;
    const clock = () => (t += 100);
    // 1,800 characters in 150 tokens: past ALWAYS_READ_CHARS, below MAX_SCORED_TOKENS.
    const answer = "trustworthy ".repeat(150);
    const r = scoreAnswer({ ...DIGESTS, answer }, clock);
    expect(r.truncated).toBe(true);
    expect(scoreAnswer({ ...DIGESTS, answer }, frozen).truncated).toBeUndefined();
  });

  it("keeps short answers whole and unflagged", () => {
    expect(scoreAnswer({ ...DIGESTS, answer: DIGESTS.reference }).truncated).toBeUndefined();
  });

  it("the async scorer yields to the event loop on long answers and agrees with the sync one", async () => {
    const answer = "Digests point to one exact artifact, so rollback stays trustworthy. ".repeat(20);
    let ticks = 0;
    let running = true;
    const tick = () => {
      ticks++;
      if (running) setImmediate(tick);
    };
    setImmediate(tick);
    const result = await scoreAnswerAsync({ ...DIGESTS, answer }, frozen);
    running = false;
    expect(ticks).toBeGreaterThan(1);
    expect(result).toEqual(scoreAnswer({ ...DIGESTS, answer }, frozen));
  });
});

describe("BoundedCache", () => {
  it("evicts the least recently used entry at its cap", () => {
    const c = new BoundedCache<string, number>(2);
    c.set("a", 1);
    c.set("b", 2);
    expect(c.get("a")).toBe(1); // a is now the most recent
    c.set("c", 3);
    expect(c.has("b")).toBe(false);
    expect(c.get("a")).toBe(1);
    expect(c.get("c")).toBe(3);
    expect(c.size).toBe(2);
  });

  it("never grows past its capacity", () => {
    const c = new BoundedCache<number, number>(100);
    for (let i = 0; i < 10_000; i++) c.getOrSet(i, () => i * 2);
    expect(c.size).toBe(100);
    expect(c.get(9_999)).toBe(19_998);
    expect(c.get(0)).toBeUndefined();
  });

  it("caches undefined results too", () => {
    const c = new BoundedCache<string, string | undefined>(4);
    let calls = 0;
    c.getOrSet("x", () => (calls++, undefined));
    c.getOrSet("x", () => (calls++, undefined));
    expect(calls).toBe(1);
  });
});
