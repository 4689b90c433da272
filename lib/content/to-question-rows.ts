import type { TChapter } from "./types";

export type TQuestionRow = {
  key: string; kind: "recall" | "interview"; prompt: string; modelAnswer: string; answerSource: string;
  sectionSlug: string | null; wrongAnswer: string | null; position: number; sortKey: number; contentHash: string;
  /** JSON `[{ answer, grade }]`: the author's graded examples for the scorer ("[]" for none). */
  authorExamples: string;
};

// Chapter number first, so new cards arrive in course order.
const sortKey = (c: TChapter, position: number) => c.number * 1000 + position;

/** A chapter's questions as database rows, recall first, in reading order. */
export function toQuestionRows(c: TChapter): TQuestionRow[] {
  const recall = c.recall.map((r, i): TQuestionRow => ({
    key: r.key, kind: "recall", prompt: r.prompt, modelAnswer: r.answer, answerSource: r.answerSource,
    sectionSlug: r.sectionSlug, wrongAnswer: null, position: i, sortKey: sortKey(c, i), contentHash: r.contentHash,
    authorExamples: "[]",
  }));
  const interview = c.interview.map((q, i): TQuestionRow => ({
    key: q.key, kind: "interview", prompt: q.question, modelAnswer: q.answer, answerSource: "author",
    sectionSlug: null, wrongAnswer: q.wrongAnswer, position: recall.length + i, sortKey: sortKey(c, recall.length + i), contentHash: q.contentHash,
    authorExamples: JSON.stringify(q.examples),
  }));
  return [...recall, ...interview];
}
