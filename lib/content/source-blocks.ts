// The shared line model. Both surface forms (rendered text, markdown) are first
// turned into this flat list of blocks; everything after that (header, special
// sections, Q&A, recall) is written once, so the two forms cannot disagree.
import type { TIssue } from "./types";

export type TSourceLine = { text: string; line: number };

export type TSourceBlock =
  | { kind: "heading"; level: number; text: string; line: number }
  | {
      kind: "paragraph";
      /** Plain text, source lines joined with one space. */
      text: string;
      /** The same lines, plain, one by one (Q&A markers are found per line). */
      lines: TSourceLine[];
      /** Link targets found in the source (markdown only); the bridge needs them. */
      links: string[];
      /** Plain text with link labels removed, for the bridge. */
      textWithoutLinks: string;
      line: number;
    }
  | { kind: "bullet"; text: string; line: number; answer: TSourceLine | null }
  | { kind: "diagram"; caption: string | null; text: string; line: number };

export type TSourceDoc = { blocks: TSourceBlock[]; issues: TIssue[] };

export function paragraphBlock(lines: TSourceLine[], links: string[] = [], textWithoutLinks?: string): TSourceBlock {
  const text = lines.map((l) => l.text).join(" ");
  return {
    kind: "paragraph",
    text,
    lines,
    links,
    textWithoutLinks: textWithoutLinks ?? text,
    line: lines[0]?.line ?? 1,
  };
}

/** `Answer: …` (optionally bulleted or bold) under a recall bullet: the author's answer. */
export function matchAnswerLine(text: string): string | null {
  const m = /^\s*(?:[-*+•]\s+)?(?:\*\*|__)?Answer:(?:\*\*|__)?\s*(.*)$/.exec(text);
  return m ? (m[1] ?? "").trim() : null;
}
