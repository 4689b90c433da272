// One vocabulary for verdicts shown to people (review, card info, interview
// report). The stored and exported values stay the scorer's machine words
// (README, CSV export: correct, partial, incorrect, common-wrong-answer, empty).
export const VERDICT_LABEL: Record<string, string> = {
  correct: "Correct",
  partial: "Partly right",
  incorrect: "Not quite",
  "common-wrong-answer": "Common wrong answer",
  empty: "No answer",
};

export const verdictLabel = (v: string | null | undefined): string => (v ? (VERDICT_LABEL[v] ?? v) : "–");
