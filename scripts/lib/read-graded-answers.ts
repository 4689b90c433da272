import { readFileSync } from "node:fs";
import { z } from "zod";

export const ZGradedAnswer = z.object({
  question: z.string(),
  reference: z.string(),
  wrongAnswer: z.string().optional(),
  answer: z.string(),
  grade: z.number().min(0).max(100),
  kind: z.enum(["paraphrase", "negation", "swapped", "wrong-exact", "wrong-paraphrase", "stuffing", "off-topic", "empty", "partial", "correct", "typo", "synonym"]),
});
export type TGradedAnswer = z.infer<typeof ZGradedAnswer>;

export const GRADED_ANSWERS_PATH = new URL("../../tests/fixtures/graded-answers.jsonl", import.meta.url);

export function readGradedAnswers(path: string | URL = GRADED_ANSWERS_PATH): TGradedAnswer[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l, i) => {
      const parsed = ZGradedAnswer.safeParse(JSON.parse(l));
      if (!parsed.success) throw new Error(`graded-answers line ${i + 1}: ${parsed.error.message}`);
      return parsed.data;
    });
}
