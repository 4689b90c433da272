import { scoreAnswer } from "@/lib/scoring/score-answer";
import { median } from "./stats";
import { worstCaseAnswers } from "./worst-case-answers";

const CARD = {
  question: "Why should production deployments prefer digests over mutable tags?",
  reference:
    "Digests point to one exact artifact, so rollback and debugging stay trustworthy. Mutable tags can silently move underneath you and break audit trails.",
  wrongAnswer: "Tags are enough if the team is disciplined.",
};

/**
 * Times each constructed worst-case answer (scripts/lib/worst-case-answers):
 * one warm-up call on a fresh string of the same shape, then the median of
 * `runs` calls each on a fresh string (so no word cache helps).
 */
export function benchWorstCase(runs = 5): { input: string; chars: number; "median ms": string; "max ms": string; "read whole": string }[] {
  const warm = worstCaseAnswers(1);
  return worstCaseAnswers(9).map(({ name, answer }, k) => {
    scoreAnswer({ ...CARD, answer: warm[k]!.answer });
    const times: number[] = [];
    let truncated = false;
    for (let r = 0; r < runs; r++) {
      const fresh = r === 0 ? answer : worstCaseAnswers(100 + r)[k]!.answer;
      const start = performance.now();
      truncated = scoreAnswer({ ...CARD, answer: fresh }).truncated === true || truncated;
      times.push(performance.now() - start);
    }
    return { input: name, chars: answer.length, "median ms": median(times).toFixed(1), "max ms": Math.max(...times).toFixed(1), "read whole": truncated ? "no (budget)" : "yes" };
  });
}
