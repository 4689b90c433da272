// "Interview Q&A" pairs. The rendered seed puts a whole pair on one line:
//   Q: … A: … Common wrong answer to avoid: “…”
// markdown puts Q, A and the wrong answer in separate paragraphs. Both are read
// as one stream of marker-led segments, so any mix of the two layouts works.
import type { TSourceBlock, TSourceLine } from "./source-blocks";
import type { TIssue } from "./types";

export type TAuthorExample = { answer: string; grade: number };
export type TRawInterview = { question: string; answer: string; wrongAnswer: string | null; examples: TAuthorExample[]; line: number };

type TField = "question" | "answer" | "wrong" | "example";
type TDraft = { question: string; answer: string | null; wrong: string | null; examples: TAuthorExample[]; line: number; answerLine: number };

/** Grades when an author example gives none: "Accept:" is a right answer, "Reject:" a wrong one. */
const ACCEPT_GRADE = 5;
const REJECT_GRADE = 0;

// Q:/A: must be upper case and stand alone, so "plan A: …" inside prose is rare
// enough; the wrong-answer label has a few tolerated spellings.
// Author examples for the scorer: "Accept:" / "Reject:", optionally graded "Accept (3.5):".
const MARKER = /(^|\s)(Q:|A:|(?:[Cc]ommon\s+)?[Ww]rong\s+[Aa]nswer(?:\s+to\s+avoid)?:|(?:Accept|Reject)(?:\s*\(\s*[0-5](?:\.5)?\s*\))?:)(?=\s|$)/g;
const EXAMPLE_MARKER = /^(Accept|Reject)(?:\s*\(\s*([0-5](?:\.5)?)\s*\))?:$/;

export function parseInterview(blocks: TSourceBlock[]): { items: TRawInterview[]; issues: TIssue[] } {
  const items: TRawInterview[] = [];
  const issues: TIssue[] = [];
  let draft: TDraft | null = null;
  let field: TField | null = null;

  const finish = () => {
    if (!draft) return;
    const d = draft;
    draft = null;
    if (d.question.trim() === "") return void issues.push(err(d.line, "Q: has no question text", "qa-empty-question"));
    if (d.answer === null || d.answer.trim() === "") {
      return void issues.push(err(d.line, `Q: without A: "${d.question.trim()}"`, "qa-missing-answer"));
    }
    const wrong = d.wrong === null ? null : unquote(d.wrong);
    if (wrong === null || wrong === "") issues.push(warn(d.line, "interview pair has no \"Common wrong answer to avoid\"", "qa-missing-wrong-answer"));
    const examples = d.examples.map((e) => ({ answer: unquote(e.answer), grade: e.grade })).filter((e) => e.answer !== "");
    items.push({ question: d.question.trim(), answer: d.answer.trim(), wrongAnswer: wrong || null, examples, line: d.line });
  };

  for (const { lines, newParagraph } of blockLines(blocks)) {
    lines.forEach((src, i) => {
      const joiner = i === 0 && newParagraph ? "\n\n" : " ";
      for (const seg of segments(src.text)) {
        if (seg.marker === null) {
          if (seg.text === "") continue;
          if (!draft || !field) issues.push(warn(src.line, `ignored text in Interview Q&A: "${clip(seg.text)}"`, "qa-stray-text"));
          else append(draft, field, seg.text, joiner);
          continue;
        }
        const kind = markerField(seg.marker);
        if (kind === "question") {
          finish();
          draft = { question: seg.text, answer: null, wrong: null, examples: [], line: src.line, answerLine: src.line };
        } else if (!draft || (kind === "answer" && draft.answer !== null) || (kind === "wrong" && draft.wrong !== null)) {
          issues.push(err(src.line, `${seg.marker} without a preceding Q:`, "qa-orphan"));
          continue;
        } else if (kind === "answer") {
          draft.answer = seg.text;
        } else if (kind === "example") {
          const m = EXAMPLE_MARKER.exec(seg.marker)!;
          draft.examples.push({ answer: seg.text, grade: m[2] !== undefined ? Number(m[2]) : m[1] === "Accept" ? ACCEPT_GRADE : REJECT_GRADE });
        } else {
          draft.wrong = seg.text;
        }
        field = kind;
      }
    });
  }
  finish();
  return { items, issues };
}

function* blockLines(blocks: TSourceBlock[]): Generator<{ lines: TSourceLine[]; newParagraph: boolean }> {
  for (const b of blocks) {
    if (b.kind === "paragraph") yield { lines: b.lines, newParagraph: true };
    else if (b.kind === "bullet") yield { lines: [{ text: b.text, line: b.line }], newParagraph: true };
  }
}

function segments(text: string): { marker: string | null; text: string }[] {
  const out: { marker: string | null; text: string }[] = [];
  const marks = [...text.matchAll(MARKER)];
  const firstStart = marks[0] ? marks[0].index! + marks[0][1]!.length : text.length;
  out.push({ marker: null, text: text.slice(0, firstStart).trim() });
  marks.forEach((m, i) => {
    const start = m.index! + m[0].length;
    const next = marks[i + 1];
    const end = next ? next.index! + next[1]!.length : text.length;
    out.push({ marker: m[2]!, text: text.slice(start, end).trim() });
  });
  return out;
}

function markerField(marker: string): TField {
  return marker === "Q:" ? "question" : marker === "A:" ? "answer" : EXAMPLE_MARKER.test(marker) ? "example" : "wrong";
}

function append(d: TDraft, field: TField, text: string, joiner: string) {
  if (field === "question") d.question = join(d.question, text, joiner);
  else if (field === "answer") d.answer = join(d.answer ?? "", text, joiner);
  else if (field === "example") {
    const last = d.examples[d.examples.length - 1];
    if (last) last.answer = join(last.answer, text, joiner);
  }
  else d.wrong = join(d.wrong ?? "", text, joiner);
}

function join(a: string, b: string, joiner: string) {
  return a.trim() === "" ? b : a + joiner + b;
}

/** “Because …” -> Because … ; also straight, single and guillemet quotes, and a full stop after the closing quote. */
export function unquote(text: string): string {
  let t = text.trim();
  const m = /^(["“„‘'«])([\s\S]*?)(["”“’'»])([.!]?)$/.exec(t);
  if (m) t = m[2]!.trim();
  return t;
}

function clip(text: string) {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

const err = (line: number, message: string, code: string): TIssue => ({ line, message, code, severity: "error" });
const warn = (line: number, message: string, code: string): TIssue => ({ line, message, code, severity: "warning" });
