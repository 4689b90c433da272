import { z } from "zod";
import { ZGradedExample } from "./graded-example";

export { MAX_ANSWER_CHARS } from "./limits";

export const ZScoreInput = z.object({
  question: z.string(),
  reference: z.string().min(1),
  wrongAnswer: z.string().optional(),
  answer: z.string(),
  seconds: z.number().nonnegative().finite().optional(),
  /** Graded answers to the same question (see graded-example.ts); used only inside the scorer. */
  examples: z.array(ZGradedExample).max(1000).optional(),
});
export type TScoreInput = z.infer<typeof ZScoreInput>;

export const ZVerdict = z.enum(["correct", "partial", "incorrect", "common-wrong-answer", "empty"]);
export type TVerdict = z.infer<typeof ZVerdict>;

/** ts-fsrs Rating numbers: 1 Again, 2 Hard, 3 Good, 4 Easy. */
export const ZRating = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);
export type TRating = z.infer<typeof ZRating>;

export const ZConcept = z.object({
  text: z.string(),
  /** Character offsets into `reference` (end exclusive) for highlighting. */
  start: z.number().int(),
  end: z.number().int(),
  matched: z.boolean(),
  /** Answer words that matched this concept (as typed). */
  matchedBy: z.array(z.string()),
});
export type TConcept = z.infer<typeof ZConcept>;

export const ZScoreResult = z.object({
  score: z.number().int().min(0).max(100),
  verdict: ZVerdict,
  rating: ZRating,
  concepts: z.array(ZConcept),
  matched: z.array(z.string()),
  missed: z.array(z.string()),
  wrongAnswerMatch: z.boolean(),
  /** Present (true) when the answer was too long to read whole within the time budget: only its beginning was scored. */
  truncated: z.boolean().optional(),
  /** How many graded examples adjusted the score (absent when none did). */
  examplesUsed: z.number().int().optional(),
  feedback: z.string(),
});
export type TScoreResult = z.infer<typeof ZScoreResult>;
