import { z } from "zod";

/** Answers longer than this are rejected: nobody types an essay into a recall card. */
export const MAX_ANSWER_CHARS = 5000;
/**
 * No word in WordNet or the field lexicon is longer than this; a longer token
 * is noise, so it skips the stemmer, the lexicon and WordNet (each of which
 * costs time in the token's length) and can only match itself.
 */
export const MAX_WORD_CHARS = 40;

export const ZScoreInput = z.object({
  question: z.string(),
  reference: z.string().min(1),
  wrongAnswer: z.string().optional(),
  answer: z.string(),
  seconds: z.number().nonnegative().finite().optional(),
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
  feedback: z.string(),
});
export type TScoreResult = z.infer<typeof ZScoreResult>;
