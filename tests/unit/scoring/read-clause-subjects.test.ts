import { describe, expect, it } from "vitest";
import { analyzeText } from "@/lib/scoring/analyze-text";
import { aboutOtherThings, clauseSubjects } from "@/lib/scoring/read-clause-subjects";

function subjects(text: string): string[][] {
  return [...clauseSubjects(analyzeText(text)).values()].map((s) => [...s].sort());
}

describe("clauseSubjects", () => {
  it("names a noun with its label, and joins a subject split at its 'and'", () => {
    expect(subjects("Switch Y and bulb A are not in the same closed path")).toEqual([["bulb a", "switch y"]]);
    expect(subjects("Terminals 1 and 6 are in different electrical states")).toEqual([["termin 1", "termin 6"]]);
  });

  it("names nothing for 'there is', a pronoun or a clause with no verb", () => {
    expect(subjects("there is no closed path")).toEqual([]);
    expect(subjects("it is in a closed path")).toEqual([]);
    expect(subjects("no gap between them")).toEqual([]);
  });

  it("names the thing 'there is' introduces, unless it is the state or what the state describes", () => {
    expect(subjects("there is a bulb in the closed path")).toEqual([["bulb"]]);
    expect(subjects("there is still a closed path for bulb A")).toEqual([]);
    expect(subjects("there is no gap between them")).toEqual([]);
  });

  it("tells labelled things apart, but lets an unlabelled noun stand for any of its kind", () => {
    const a = new Set(["switch x"]);
    expect(aboutOtherThings(a, new Set(["switch y"]))).toBe(true);
    expect(aboutOtherThings(new Set(["termin"]), new Set(["termin 1"]))).toBe(false);
    expect(aboutOtherThings(a, new Set())).toBe(false);
  });
});
