import { z } from "zod";
import { MAX_ANSWER_CHARS } from "./limits";

/**
 * A graded answer to the same question, used to score new answers by their
 * nearest graded neighbours. From the chapter's author ("author"), or from a
 * review where the learner typed an answer and then chose a rating after
 * seeing the model answer ("review", with the labeller's id). Never shown.
 */
export const ZGradedExample = z.object({
  answer: z.string().max(MAX_ANSWER_CHARS),
  /** 0 (wrong) – 5 (complete and right), the scale of the hand-graded sets. */
  grade: z.number().min(0).max(5),
  source: z.enum(["author", "review"]).optional(),
  /** Who labelled it (a user id); examples of one labeller are capped per question. */
  labeller: z.string().optional(),
});
export type TGradedExample = z.infer<typeof ZGradedExample>;

/** At most this many examples per question are used (the most recent first, as given). */
export const MAX_EXAMPLES = 40;
/** Only an example's beginning is compared (answers are short; this bounds the work per question). */
export const EXAMPLE_CHARS = 600;
/**
 * Read as an extra model answer (see match-example.ts), an example counts
 * only by its first 300 characters: a model answer is a sentence or two,
 * and each of its words is aligned with every answer word (Mohler answers:
 * median 87 characters, 2.6 % over 300).
 */
export const EXAMPLE_REFERENCE_CHARS = 300;
/** At most this many examples per labeller and question: one user cannot outvote the rest. */
export const MAX_PER_LABELLER = 4;

/**
 * A review's rating as a grade: Again 0.5 (wrong or forgotten), Hard 2.5
 * (partly right), Good 4, Easy 5. The learner rates after seeing the model
 * answer, so the rating is their own judgment of what they typed.
 */
export const RATING_GRADE: Readonly<Record<1 | 2 | 3 | 4, number>> = { 1: 0.5, 2: 2.5, 3: 4, 4: 5 };

/**
 * The examples a question's scoring may use: author examples first (always
 * kept), then others in the order given (newest first from the loader),
 * at most MAX_PER_LABELLER per labeller, MAX_EXAMPLES in all. Blank answers
 * teach nothing and are dropped.
 */
export function selectExamples(examples: readonly TGradedExample[]): TGradedExample[] {
  const kept: TGradedExample[] = [];
  const perLabeller = new Map<string, number>();
  const ordered = [...examples.filter((e) => e.source === "author"), ...examples.filter((e) => e.source !== "author")];
  for (const e of ordered) {
    if (kept.length >= MAX_EXAMPLES) break;
    if (!e.answer.trim()) continue;
    if (e.labeller !== undefined) {
      const n = perLabeller.get(e.labeller) ?? 0;
      if (n >= MAX_PER_LABELLER) continue;
      perLabeller.set(e.labeller, n + 1);
    }
    kept.push(e);
  }
  return kept;
}
