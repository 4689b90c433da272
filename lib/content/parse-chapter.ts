// Entry point: one chapter file (bytes or text) -> TChapter + errors +
// warnings, each naming the file and a 1-based line. Pure and deterministic:
// no file system, no clock; the same input always gives the same output.
import { buildChapter, DEFAULT_MIN_RECALL } from "./build-chapter";
import { decodeContent, splitLines } from "./decode-text";
import { parseMarkdown } from "./parse-markdown";
import { parseRendered } from "./parse-rendered";
import type { TSourceLine } from "./source-blocks";
import type { TContentError, TIssue, TParseOptions, TParseResult } from "./types";

export function parseChapter(raw: string | Uint8Array, file: string, options: TParseOptions = {}): TParseResult {
  const decoded = decodeContent(raw);
  if (decoded.text === null) return { chapter: null, ...split(decoded.issues, file) };
  const lines = splitLines(decoded.text);
  const doc = detectForm(lines, file) === "markdown" ? parseMarkdown(lines) : parseRendered(lines);
  const { chapter, issues } = buildChapter(doc, file, options.minRecall ?? DEFAULT_MIN_RECALL, options.answers);
  return { chapter, ...split(issues, file) };
}

/**
 * Headings decide: "¶"-terminated lines mean rendered text, "#" headings mean
 * markdown; the file extension only breaks a tie (.md -> markdown).
 */
export function detectForm(lines: readonly TSourceLine[], file: string): "markdown" | "rendered" {
  let pilcrow = 0;
  let hash = 0;
  for (const { text } of lines) {
    if (/¶\s*$/.test(text)) pilcrow++;
    else if (/^#{1,6}\s+\S/.test(text)) hash++;
  }
  if (pilcrow !== hash) return pilcrow > hash ? "rendered" : "markdown";
  return /\.(?:md|markdown)$/i.test(file) ? "markdown" : "rendered";
}

function split(issues: readonly TIssue[], file: string): { errors: TContentError[]; warnings: TContentError[] } {
  const at = ({ line, message, code }: TIssue): TContentError => ({ file, line, message, code });
  return {
    errors: issues.filter((i) => i.severity === "error").map(at),
    warnings: issues.filter((i) => i.severity === "warning").map(at),
  };
}
