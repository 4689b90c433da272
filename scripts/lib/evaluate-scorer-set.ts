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

export function readScorerSet(
  split: "tune" | "holdout" | "other",
  path: string | URL = SCORER_SET_PATH,
): TScorerSetItem[] {
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
