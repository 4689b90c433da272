import { describe, expect, it } from "vitest";
import { analyzeText } from "@/lib/scoring/analyze-text";
import { leadingYesNo } from "@/lib/scoring/prepare-reference";

const lead = (text: string) => leadingYesNo(analyzeText(text));

describe("leadingYesNo", () => {
  it("reads emphatic and hedged yes/no openings", () => {
    expect(lead("Definitely, high CPU is the early warning.")).toBe("yes");
    expect(lead("sure, page at 80%")).toBe("yes");
    expect(lead("probably yes, around 80%")).toBe("yes");
    expect(lead("Definitely not, it is a cause.")).toBe("no");
    expect(lead("honestly no")).toBe("no");
    expect(lead("Usually not, because high CPU is a cause.")).toBe("no");
    expect(lead("Probably the scrape interval.")).toBeUndefined();
  });

  it("reads a yes/no after an opinion opener ('I'd say yes', 'I think not')", () => {
    expect(lead("i'd say yes, a cpu alert is a good early warning")).toBe("yes");
    expect(lead("I think not, CPU is a cause.")).toBe("no");
    expect(lead("I guess yes")).toBe("yes");
    // "I" + anything else opens no opinion.
    expect(lead("I use burn-rate alerts, not CPU.")).toBeUndefined();
  });

  it("reads a sentence-final 'No.' (one token for wink) as no", () => {
    expect(lead("No. Page on symptoms such as burn rate.")).toBe("no");
    expect(lead("i'd say no.")).toBe("no");
  });
});
