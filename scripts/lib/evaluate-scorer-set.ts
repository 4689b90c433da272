import { readFileSync } from "node:fs";
import { z } from "zod";
import { scoreAnswer } from "@/lib/scoring/score-answer";
import type { TScoreResult } from "@/lib/scoring/types";
import { mean, spearman } from "./stats";

/** tests/fixtures/scorer/graded-answers.jsonl (see its README): hand-graded before the issue #10 tuning, split by chapter. */
export const ZScorerSetItem = z.object({
  id: z.string(),
  chapter: z.string(),
  questionKey: z.string(),
  question: z.string(),
  reference: z.string(),
  wrongAnswer: z.string().nullable(),
  answer: z.string(),
  grade: z.number().min(0).max(5),
  kind: z.string(),
  split: z.enum(["tune", "holdout", "other"]),
});
export type TScorerSetItem = z.infer<typeof ZScorerSetItem>;

export const SCORER_SET_PATH = new URL("../../tests/fixtures/scorer/graded-answers.jsonl", import.meta.url);
/** Questions from outside the course (git, TLS, signals, SQL, DNS, queues, CI, CDNs), never tuned on: see the fixture README. */
export const OTHER_DOMAINS_PATH = new URL("../../tests/fixtures/scorer/other-domains.jsonl", import.meta.url);
const EXACT_WRONG = new Set(["exact-wrong"]);
const PARAPHRASED_WRONG = new Set(["wrong-paraphrased", "wrong-hedged", "wrong-embedded"]);

export function readScorerSet(split: "tune" | "holdout" | "other", path: string | URL = SCORER_SET_PATH): TScorerSetItem[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l, i) => {
      const parsed = ZScorerSetItem.safeParse(JSON.parse(l));
      if (!parsed.success) throw new Error(`graded-answers line ${i + 1}: ${parsed.error.message}`);
      return parsed.data;
    })
    .filter((x) => x.split === split);
}

export interface TScorerSetReport {
  n: number;
  questions: number;
  chapters: string[];
  spearman: number;
  /** Answers graded ≥ 3.5 that were flagged as the misconception. */
  falseFlags: number;
  goodAnswers: number;
  exactFlagged: number;
  exactTotal: number;
  paraphrasedFlagged: number;
  paraphrasedTotal: number;
  byKind: { kind: string; n: number; "mean grade": string; "mean score": string; "correct verdicts": number; flagged: number }[];
  rows: { item: TScorerSetItem; result: TScoreResult }[];
}

export function evaluateScorerSet(items: readonly TScorerSetItem[]): TScorerSetReport {
  const rows = items.map((item) => ({
    item,
    result: scoreAnswer({ question: item.question, reference: item.reference, ...(item.wrongAnswer ? { wrongAnswer: item.wrongAnswer } : {}), answer: item.answer }),
  }));
  const kinds = [...new Set(rows.map((r) => r.item.kind))].sort();
  const good = rows.filter((r) => r.item.grade >= 3.5);
  const exact = rows.filter((r) => EXACT_WRONG.has(r.item.kind));
  const para = rows.filter((r) => PARAPHRASED_WRONG.has(r.item.kind));
  return {
    n: rows.length,
    questions: new Set(rows.map((r) => r.item.questionKey)).size,
    chapters: [...new Set(rows.map((r) => r.item.chapter))].sort(),
    spearman: spearman(rows.map((r) => r.result.score), rows.map((r) => r.item.grade)),
    falseFlags: good.filter((r) => r.result.wrongAnswerMatch).length,
    goodAnswers: good.length,
    exactFlagged: exact.filter((r) => r.result.wrongAnswerMatch).length,
    exactTotal: exact.length,
    paraphrasedFlagged: para.filter((r) => r.result.wrongAnswerMatch).length,
    paraphrasedTotal: para.length,
    byKind: kinds.map((kind) => {
      const of = rows.filter((r) => r.item.kind === kind);
      return {
        kind,
        n: of.length,
        "mean grade": mean(of.map((r) => r.item.grade)).toFixed(2),
        "mean score": mean(of.map((r) => r.result.score)).toFixed(1),
        "correct verdicts": of.filter((r) => r.result.verdict === "correct").length,
        flagged: of.filter((r) => r.result.wrongAnswerMatch).length,
      };
    }),
    rows,
  };
}
