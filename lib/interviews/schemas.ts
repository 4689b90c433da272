import { z } from "zod";
import { MAX_ANSWER_CHARS } from "@/lib/scoring/types";

const checkbox = z.preprocess((v) => v === "on" || v === true || v === "true", z.boolean());

/** Starting an interview: the same rules for the form and `POST /api/interviews`. */
export const ZStartInterview = z.object({
  count: z.coerce
    .number({ error: "count must be a number" })
    .int("count must be a whole number")
    .min(3, "Between 3 and 15 questions.")
    .max(15, "Between 3 and 15 questions.")
    .default(5),
  secondsPerQuestion: z.coerce
    .number({ error: "secondsPerQuestion must be a number" })
    .int("secondsPerQuestion must be a whole number")
    .min(15, "Between 15 and 600 seconds per question.")
    .max(600, "Between 15 and 600 seconds per question.")
    .default(120),
  mode: z.enum(["weak", "unseen", "random"], { error: "mode must be weak, unseen or random" }).default("weak"),
  lessons: z.array(z.string().min(1).max(200)).max(200, "at most 200 chapters").optional(),
  includeRecall: checkbox.optional(),
  // The decks to ask from (default: every deck the user studies).
  deckIds: z
    .array(z.string().min(1).max(64))
    .min(1, "Choose at least one deck.")
    .max(100, "at most 100 decks")
    .optional(),
});
export type TStartInterview = z.infer<typeof ZStartInterview>;

export const ZAnswerInput = z.object({
  questionId: z.string().min(1).max(64),
  answer: z.string().max(MAX_ANSWER_CHARS, `answer is longer than ${MAX_ANSWER_CHARS} characters`),
  idempotencyKey: z
    .string()
    .min(8, "idempotencyKey must be 8–128 characters")
    .max(128, "idempotencyKey must be 8–128 characters"),
});
export type TAnswerInput = z.infer<typeof ZAnswerInput>;
