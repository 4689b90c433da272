import { describe, expect, it } from "vitest";
import { analyzeText } from "@/lib/scoring/analyze-text";
import { splitGluedWord } from "@/lib/scoring/split-glued-word";

const negatedWords = (text: string) => analyzeText(text).filter((t) => t.isContent && t.negated).map((t) => t.lower);

describe("analyzeText", () => {
  it("keeps character spans that index the original text", () => {
    const text = "Pods can't   disappear; k8s VMs!";
    for (const t of analyzeText(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it("expands abbreviations into the words they stand for", () => {
    const words = analyzeText("PVCs in k8s").map((t) => t.lower);
    expect(words).toEqual(expect.arrayContaining(["persistent", "volume", "claim", "kubernetes"]));
  });

  it("marks negated clauses for not / never / n't / cannot / without / no", () => {
    expect(negatedWords("Pods never disappear.")).toEqual(["pods", "disappear"]);
    expect(negatedWords("Tags aren't immutable, but digests are.")).toEqual(["tags", "immutable"]);
    expect(negatedWords("It starts fast without a full OS.")).toEqual(["full", "operating", "system"]);
    expect(negatedWords("Pods can disappear.")).toEqual([]);
  });

  it("reads contractions typed without the apostrophe as negations ('cant', 'doesnt', 'wont')", () => {
    expect(negatedWords("pods cant reach each other")).toEqual(expect.arrayContaining(["reach"]));
    expect(negatedWords("the toleration doesnt force placement")).toEqual(expect.arrayContaining(["force", "placement"]));
    expect(negatedWords("a bigger scrape interval wont help")).toEqual(expect.arrayContaining(["help"]));
    expect(negatedWords("Windows NT runs the build agents")).toEqual([]);
  });

  it("lets a bare cue reach into the next clause ('not just because X')", () => {
    expect(negatedWords("It's not just because containers are newer; they start fast.")).toEqual(["containers", "newer"]);
  });

  it("does not negate X in 'not only X but also Y'", () => {
    expect(negatedWords("Not only fast but also portable.")).toEqual([]);
  });

  it("splits run-together words but leaves real words and typos alone", () => {
    expect(splitGluedWord("atleast", "atleast")).toEqual(["at", "least"]);
    expect(splitGluedWord("functionlocal", "functionlocal")).toEqual(["function", "local"]);
    expect(splitGluedWord("programs", "program")).toBeUndefined();
    expect(splitGluedWord("paramater", "paramater")).toBeUndefined();
  });
  it("joins subjects before the sentence's first verb, and clauses after it", () => {
    const clauses = (text: string) => new Set(analyzeText(text).map((t) => t.clause)).size;
    expect(clauses("Terminals 1 and 2 are in the same electrical state")).toBe(1);
    expect(clauses("An SLA is the internal target and the SLO is the external contract")).toBe(2);
  });
  it("starts a clause at 'and is' + its complement: a second predicate of the same subject keeps its own polarity", () => {
    const clauses = (text: string) => new Set(analyzeText(text).map((t) => t.clause)).size;
    expect(clauses("Terminal 1 is connected to the negative terminal and is in a different state than the positive terminal")).toBe(2);
    expect(negatedWords("The bulb is not damaged and is in a closed path")).not.toContain("path");
    // "has the same name" is no state of being: one clause, as before.
    expect(clauses("A constructor creates an instance and has the same name as its class")).toBe(1);
  });
  it('reads a double quote between letters as an apostrophe ("isn"t"), keeping spans on the text as typed', () => {
    const text = 'The battery isn"t in bulb A"s path';
    expect(negatedWords(text)).toEqual(expect.arrayContaining(["battery", "path"]));
    for (const t of analyzeText(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});
