// Gives recall and interview questions their identity (key), content hash and
// — for recall questions without an author answer — a passage from the lesson.
// A question that appears twice in a chapter (recall or interview, after
// normalisation) would share a key, so the second one is an error and dropped.
// Answer order for a recall question: its Answer: line, else the chapter's
// answer overlay (explicit answers kept beside a chapter that must stay as
// written), else the lesson passage (marked rough when it holds few of the
// question's terms).
import type { TRawRecall } from "./extract-recall";
import { createPassageFinder } from "./find-answer-passage";
import { parseAnswerOverlay } from "./parse-answer-overlay";
import type { TRawInterview } from "./parse-interview";
import { contentHash, normalizeQuestion, questionKey } from "./question-key";
import type { TInterview, TIssue, TRecall, TSection } from "./types";

export function buildQuestions(
  slug: string,
  rawRecall: readonly TRawRecall[],
  rawInterview: readonly TRawInterview[],
  sections: readonly TSection[],
  overlayText?: string,
): { recall: TRecall[]; interview: TInterview[]; issues: TIssue[] } {
  const overlay = overlayText === undefined ? null : parseAnswerOverlay(overlayText);
  const issues: TIssue[] = [...(overlay?.issues ?? [])];
  const firstLine = new Map<string, number>();
  const isNew = (text: string, line: number) => {
    const norm = normalizeQuestion(text);
    const first = firstLine.get(norm);
    if (first === undefined) {
      firstLine.set(norm, line);
      return true;
    }
    issues.push({ line, message: `duplicate question (first at line ${first}): "${text}"`, code: "duplicate-question", severity: "error" });
    return false;
  };
  // Lines decide which copy is "the second", whichever section comes first.
  const all = [
    ...rawRecall.map((r) => ({ line: r.line, text: r.prompt, r, q: null })),
    ...rawInterview.map((q) => ({ line: q.line, text: q.question, r: null, q })),
  ].sort((a, b) => a.line - b.line);
  const keep = new Set(all.filter((x) => isNew(x.text, x.line)).map((x) => x.r ?? x.q));

  const find = createPassageFinder(sections);
  const recall = rawRecall.filter((r) => keep.has(r)).map((r): TRecall => {
    const explicit = r.authorAnswer ?? overlay?.answers.get(normalizeQuestion(r.prompt)) ?? null;
    const passage = explicit === null ? find(r.prompt) : null;
    if (explicit === null && !passage) {
      issues.push({ line: r.line, message: `no passage in the lesson answers "${r.prompt}"; add an Answer: line`, code: "recall-no-passage", severity: "warning" });
    }
    const answer = explicit ?? passage?.text ?? "";
    const answerSource = explicit !== null ? "author" : passage ? (passage.rough ? "lesson-rough" : "lesson") : "none";
    return {
      prompt: r.prompt,
      answer,
      answerSource,
      sectionSlug: passage?.sectionSlug ?? null,
      key: questionKey(slug, r.prompt),
      contentHash: contentHash(["recall", r.prompt, answer, answerSource]),
      line: r.line,
    };
  });
  if (overlay) {
    const asked = new Set(rawRecall.map((r) => normalizeQuestion(r.prompt)));
    for (const q of overlay.answers.keys()) {
      if (!asked.has(q)) issues.push({ line: 1, message: `answer overlay answers a question this chapter does not ask: "${q}"`, code: "overlay-unknown-question", severity: "warning" });
    }
  }
  const interview = rawInterview.filter((q) => keep.has(q)).map((q): TInterview => ({
    ...q,
    key: questionKey(slug, q.question),
    // Examples join the hash only when there are some, so chapters without any keep their hashes.
    contentHash: contentHash(["interview", q.question, q.answer, q.wrongAnswer, ...(q.examples.length > 0 ? [JSON.stringify(q.examples)] : [])]),
  }));
  return { recall, interview, issues };
}
