import { describe, expect, it } from "vitest";
import { analyzeText } from "@/lib/scoring/analyze-text";
import { leadingYesNo } from "@/lib/scoring/prepare-reference";
import { impliedYesNo } from "@/lib/scoring/read-implied-answer";
import { scoreAnswer } from "@/lib/scoring/score-answer";

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

describe("a yes or no given without the word (issue #10: 'not by default' vs 'encrypted by default')", () => {
  const SECRETS = {
    question: "Are Kubernetes Secrets encrypted?",
    reference:
      "Not by default: values are only base64-encoded, and etcd stores them in plaintext unless encryption at rest is configured, ideally with a KMS provider. Real protection is encryption at rest plus tight RBAC on who can get, list, or watch Secrets.",
  };
  const implied = (answer: string) => impliedYesNo(analyzeText(SECRETS.question), analyzeText(answer));

  it("reads the question's predicate asserted or denied, not a conditional one", () => {
    expect(implied("They are encrypted by default in etcd, so RBAC alone is fine.")).toBe("yes");
    expect(implied("Secrets aren't encrypted; base64 is just an encoding.")).toBe("no");
    expect(implied("They are encrypted only if you configure encryption at rest.")).toBeUndefined();
    expect(implied("etcd keeps them in plaintext unless encryption at rest is on.")).toBeUndefined();
  });

  it("scores a claim opposite to the model answer's 'Not by default' low", () => {
    const r = scoreAnswer({ ...SECRETS, answer: "They are encrypted by default in etcd, so RBAC alone is fine." });
    expect(r.verdict).toBe("incorrect");
    expect(r.score).toBeLessThan(40);
    expect(scoreAnswer({ ...SECRETS, answer: "Secrets are base64-encoded, not encrypted; etcd stores them in plaintext unless encryption at rest is configured." }).verdict).toBe("correct");
  });
});
