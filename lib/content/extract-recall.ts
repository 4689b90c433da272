// "Pause and recall" bullets. An author answer is an `Answer:` line directly
// under the bullet (indented or not, optionally itself a bullet); see
// content/README.md.
import type { TSourceSection } from "./group-sections";
import type { TIssue } from "./types";

export type TRawRecall = { prompt: string; authorAnswer: string | null; line: number };

export function extractRecall(section: TSourceSection): { items: TRawRecall[]; issues: TIssue[] } {
  const items: TRawRecall[] = [];
  const issues: TIssue[] = [];
  for (const b of section.blocks) {
    if (b.kind === "bullet") {
      if (b.answer && b.answer.text === "") {
        issues.push({ line: b.answer.line, message: "empty Answer: line; the lesson passage is used instead", code: "recall-empty-answer", severity: "warning" });
      }
      items.push({ prompt: b.text, authorAnswer: b.answer?.text || null, line: b.line });
    } else {
      const what = b.kind === "paragraph" ? `"${b.text.slice(0, 50)}"` : `a ${b.kind}`;
      issues.push({ line: b.line, message: `ignored ${what} in Pause and recall: questions must be "- " bullets`, code: "recall-stray-text", severity: "warning" });
    }
  }
  if (items.length === 0) {
    issues.push({ line: section.line, message: "\"Pause and recall\" has no questions", code: "recall-empty", severity: "error" });
  }
  return { items, issues };
}
