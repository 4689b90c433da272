// Shapes of a parsed chapter. Zod schemas (Z…) so the importer and tests can
// validate what the parser hands over; the T… types are inferred from them so
// the two can never drift apart.
import { z } from "zod";

/** Ordinary section content. Diagrams keep their exact preformatted text. */
export const ZBlock = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("paragraph"), text: z.string() }),
  z.object({ kind: z.literal("list"), items: z.array(z.string()) }),
  z.object({ kind: z.literal("diagram"), caption: z.string().nullable(), text: z.string() }),
]);
export type TBlock = z.infer<typeof ZBlock>;

export const ZSection = z.object({
  heading: z.string(),
  slug: z.string(),
  line: z.number().int().positive(),
  blocks: z.array(ZBlock),
});
export type TSection = z.infer<typeof ZSection>;

/**
 * "lesson": the answer is a passage retrieved from the chapter text;
 * "author": written under the bullet (`Answer: …`); "none": nothing matched.
 */
// "lesson-rough": the closest lesson passage holds few of the question's terms (the card says "roughly").
export const ZAnswerSource = z.enum(["lesson", "lesson-rough", "author", "none"]);
export type TAnswerSource = z.infer<typeof ZAnswerSource>;

export const ZRecall = z.object({
  prompt: z.string().min(1),
  answer: z.string(),
  answerSource: ZAnswerSource,
  /** Section the lesson passage came from; null for author answers. */
  sectionSlug: z.string().nullable(),
  key: z.string(),
  contentHash: z.string(),
  line: z.number().int().positive(),
});
export type TRecall = z.infer<typeof ZRecall>;

export const ZInterview = z.object({
  question: z.string().min(1),
  answer: z.string().min(1),
  /** Without its quote marks; null when the author gave none (a warning). */
  wrongAnswer: z.string().nullable(),
  /** Author examples for the scorer ("Accept:" / "Reject:" lines), graded 0–5. */
  examples: z.array(z.object({ answer: z.string(), grade: z.number().min(0).max(5) })).default([]),
  key: z.string(),
  contentHash: z.string(),
  line: z.number().int().positive(),
});
export type TInterview = z.infer<typeof ZInterview>;

export const ZApplyNow = z.object({ minutes: z.number().int().positive().nullable(), text: z.string() });
export type TApplyNow = z.infer<typeof ZApplyNow>;

export const ZNextChapter = z.object({
  number: z.number().int().nonnegative(),
  file: z.string().min(1),
  /** Line of the Bridge paragraph. */
  line: z.number().int().positive(),
});
export type TNextChapter = z.infer<typeof ZNextChapter>;

export const ZChapter = z.object({
  file: z.string(),
  slug: z.string().min(1),
  /** Line of the header. */
  line: z.number().int().positive(),
  number: z.number().int().nonnegative(),
  title: z.string().min(1),
  tagline: z.string().nullable(),
  minutes: z.number().int().positive().nullable(),
  level: z.string().nullable(),
  eli5: z.string().nullable(),
  /** Text between the header and the first section heading (rare). */
  intro: z.array(ZBlock),
  sections: z.array(ZSection),
  recall: z.array(ZRecall),
  interview: z.array(ZInterview),
  inTheWild: z.array(z.string()),
  applyNow: ZApplyNow.nullable(),
  bridge: z.string().nullable(),
  next: ZNextChapter.nullable(),
  /** Hash of everything above except `file` and `line`s: the same for both surface forms. */
  contentHash: z.string(),
});
export type TChapter = z.infer<typeof ZChapter>;

/** An error or warning; `line` is 1-based (1 for whole-file problems). */
export const ZContentError = z.object({
  file: z.string(),
  line: z.number().int().positive(),
  message: z.string(),
  /** Stable machine-readable kind, e.g. "qa-missing-answer"; tests and tools match on it. */
  code: z.string(),
});
export type TContentError = z.infer<typeof ZContentError>;

/** A problem found before the file name is attached (sub-parsers don't know it). */
export type TIssue = { line: number; message: string; code: string; severity: "error" | "warning" };

export type TParseResult = { chapter: TChapter | null; errors: TContentError[]; warnings: TContentError[] };

/** `answers`: the text of the chapter's answer overlay (`<chapter>.answers.json`), when it has one. */
export type TContentFile = { file: string; bytes: Uint8Array | string; answers?: string };

export type TCheckResult = {
  /** Chapters from files with no errors, in input order. Import only when `errors` is empty. */
  lessons: TChapter[];
  errors: TContentError[];
  warnings: TContentError[];
};

export type TParseOptions = {
  /** Fewer recall questions than this is a warning. */
  minRecall?: number;
  /** The chapter's answer overlay, as text (see parse-answer-overlay.ts). */
  answers?: string;
};
