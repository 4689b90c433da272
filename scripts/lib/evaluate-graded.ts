import { scoreAnswer } from "@/lib/scoring/score-answer";
import type { TScoreResult } from "@/lib/scoring/types";
import { readGradedAnswers, type TGradedAnswer } from "./read-graded-answers";
import { spearman } from "./stats";

export interface TGradedReport {
  n: number;
  spearman: number;
  wrongItems: number;
  wrongFlagged: number;
  /** Items not of a wrong-answer kind that were flagged anyway. */
  falseFlags: number;
  rows: { item: TGradedAnswer; result: TScoreResult }[];
}

const WRONG_KINDS = new Set(["wrong-exact", "wrong-paraphrase"]);

/** Scores the hand-graded interview answers and compares with the human grades. */
export function evaluateGraded(items: TGradedAnswer[] = readGradedAnswers()): TGradedReport {
  const rows = items.map((item) => ({ item, result: scoreAnswer(item) }));
  const wrong = rows.filter((r) => WRONG_KINDS.has(r.item.kind));
  return {
    n: rows.length,
    spearman: spearman(rows.map((r) => r.result.score), rows.map((r) => r.item.grade)),
    wrongItems: wrong.length,
    wrongFlagged: wrong.filter((r) => r.result.wrongAnswerMatch).length,
    falseFlags: rows.filter((r) => !WRONG_KINDS.has(r.item.kind) && r.result.wrongAnswerMatch).length,
    rows,
  };
}
