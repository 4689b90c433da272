import { z } from "zod";
import { MAX_ANSWER_CHARS } from "@/lib/scoring/types";

export const ZGrade = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)], {
  error: "rating must be 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy)",
});

export const ZReviewInput = z.object({
  cardId: z.string().min(1).max(64),
  rating: ZGrade,
  answer: z.string().max(MAX_ANSWER_CHARS, `answer is longer than ${MAX_ANSWER_CHARS} characters`).optional(),
  durationMs: z
    .number()
    .int()
    .min(0)
    .max(24 * 3_600_000)
    .optional(),
  idempotencyKey: z
    .string()
    .min(8, "idempotencyKey must be 8–128 characters")
    .max(128, "idempotencyKey must be 8–128 characters"),
  /** The card version the client saw; a different one means another tab got there first. */
  expectedVersion: z.number().int().min(0).optional(),
});
export type TReviewInput = z.infer<typeof ZReviewInput>;
