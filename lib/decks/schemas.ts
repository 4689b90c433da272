import { z } from "zod";

const text = (max: number) => z.string().trim().min(1).max(max);
export const ZDeckName = text(100);
export const ZNewDeck = z.object({ name: ZDeckName, teamSlug: z.string().max(100).optional() });
const ZExamples = z.array(z.object({ answer: text(2_000), grade: z.number().min(0).max(5).multipleOf(0.5) })).max(50);
export const ZNewCard = z.object({
  question: text(1_000),
  answer: text(5_000),
  wrongAnswer: z.string().trim().max(2_000).optional(),
  examples: ZExamples.optional(),
});
export const ZCardEdit = z
  .object({
    question: text(1_000).optional(),
    answer: text(5_000).optional(),
    wrongAnswer: z.string().trim().max(2_000).nullable().optional(),
    examples: ZExamples.optional(),
  })
  .refine((e) => Object.values(e).some((v) => v !== undefined), "nothing to change");
export const ZChapterUpload = z.object({
  files: z.array(z.object({ name: z.string().trim().min(1).max(200), text: z.string() })).min(1),
});
