import { readFileSync } from "node:fs";
import { z } from "zod";

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

/** tests/fixtures/scorer/contradictions.jsonl: one hand-written contradiction of each interview question. */
export const ZContradiction = z.object({
  questionKey: z.string(),
  chapter: z.string(),
  question: z.string(),
  answer: z.string(),
});
export const CONTRADICTIONS_PATH = new URL("../../tests/fixtures/scorer/contradictions.jsonl", import.meta.url);

/** A JSONL fixture, every line checked against its schema (the error names the file and line). */
function readJsonl<T>(path: string | URL, schema: z.ZodType<T>): T[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l, i) => {
      const parsed = schema.safeParse(JSON.parse(l));
      if (!parsed.success) throw new Error(`${String(path)} line ${i + 1}: ${parsed.error.message}`);
      return parsed.data;
    });
}

export function readScorerSet(
  split: "tune" | "holdout" | "other",
  path: string | URL = SCORER_SET_PATH,
): TScorerSetItem[] {
  return readJsonl(path, ZScorerSetItem).filter((x) => x.split === split);
}

export function readContradictions(path: string | URL = CONTRADICTIONS_PATH): z.infer<typeof ZContradiction>[] {
  return readJsonl(path, ZContradiction);
}
