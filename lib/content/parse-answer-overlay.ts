// Answer overlays: explicit answers for a chapter's recall questions kept
// beside the chapter (`<chapter>.answers.json`), for chapters that must stay
// exactly as their author wrote them. Format (content/README.md):
//   { "answers": [ { "question": "<as the chapter asks it>", "answer": "<text>" } ] }
// Pure: the caller reads the file.
import { z } from "zod";
import { normalizeQuestion } from "./question-key";
import type { TIssue } from "./types";

export const OVERLAY_SUFFIX = ".answers.json";
const MAX_ANSWER = 2_000;

const ZOverlay = z.object({
  answers: z.array(z.object({
    question: z.string().trim().min(1, "question is empty").max(500),
    answer: z.string().trim().min(1, "answer is empty").max(MAX_ANSWER, `answer is longer than ${MAX_ANSWER} characters`),
  }).strict()).max(500),
}).strict();

/** Overlay text → answers keyed by the normalised question, plus issues (line 1: JSON has no useful lines here). */
export function parseAnswerOverlay(text: string): { answers: Map<string, string>; issues: TIssue[] } {
  const answers = new Map<string, string>();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { answers, issues: [{ line: 1, message: `answer overlay is not JSON: ${(e as Error).message}`, code: "overlay-invalid", severity: "error" }] };
  }
  const parsed = ZOverlay.safeParse(json);
  if (!parsed.success) {
    const i = parsed.error.issues[0]!;
    return { answers, issues: [{ line: 1, message: `answer overlay: ${i.path.join(".") || "file"}: ${i.message}`, code: "overlay-invalid", severity: "error" }] };
  }
  const issues: TIssue[] = [];
  for (const a of parsed.data.answers) {
    const key = normalizeQuestion(a.question);
    if (answers.has(key)) issues.push({ line: 1, message: `answer overlay answers "${a.question}" twice`, code: "overlay-duplicate", severity: "error" });
    else answers.set(key, a.answer);
  }
  return { answers, issues };
}
