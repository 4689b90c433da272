// Markdown source -> shared blocks. Only the subset chapters use: ATX
// headings, paragraphs, `-`/`*`/`+`/`1.` lists (with the `Answer:` sub-line),
// fenced blocks (diagrams), block quotes, rules, whole-line HTML comments and
// YAML front matter. Indented code blocks are not supported: fence them.
import { isCaptionLike, isStrongArtLine, isWeakArtLine } from "./classify-diagram-line";
import { matchAnswerLine, type TSourceBlock, type TSourceDoc, type TSourceLine } from "./source-blocks";
import { linkTargets, stripInlineMarkdown, withoutLinks } from "./strip-inline-markdown";
import type { TIssue } from "./types";

type TItem = { line: number; indent: number; text: string[]; answer: TSourceLine | null; answerText: string[] };
type TFence = { char: string; size: number; indent: number; line: number; lines: string[] };

const HEADING = /^#{1,6}\s+/;
const BULLET = /^([ \t]*)([-*+]|\d+[.)])\s+(.*)$/;
const RULE = /^(?:(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,})$/;
const FENCE = /^([ \t]{0,3})(`{3,}|~{3,})(.*)$/;

export function parseMarkdown(lines: TSourceLine[]): TSourceDoc {
  const blocks: TSourceBlock[] = [];
  const issues: TIssue[] = [];
  let para: TSourceLine[] = [];
  let item: TItem | null = null;
  let blankSinceItem = false;
  let fence: TFence | null = null;
  let inComment = false;

  const flushPara = () => {
    if (para.length > 0) blocks.push(paragraphFrom(para));
    para = [];
  };
  const flushItem = () => {
    if (item) blocks.push(bulletFrom(item));
    item = null;
  };
  const flushAll = () => {
    flushPara();
    flushItem();
  };

  for (let i = skipFrontMatter(lines); i < lines.length; i++) {
    const src = lines[i]!;
    if (fence) {
      if (closesFence(src.text, fence)) {
        blocks.push(diagramFrom(fence));
        fence = null;
      } else fence.lines.push(src.text.slice(Math.min(fence.indent, indentOf(src.text))).trimEnd());
      continue;
    }
    const t = src.text.trim();
    if (inComment || t.startsWith("<!--")) {
      inComment = !t.includes("-->");
      continue;
    }
    const open = FENCE.exec(src.text);
    if (open && !(open[2]!.startsWith("`") && open[3]!.includes("`"))) {
      flushAll();
      fence = { char: open[2]![0]!, size: open[2]!.length, indent: open[1]!.length, line: src.line, lines: [] };
      continue;
    }
    if (t === "") {
      flushPara();
      if (item) blankSinceItem = true;
      continue;
    }
    if (HEADING.test(t)) {
      flushAll();
      const level = /^#+/.exec(t)![0].length;
      blocks.push({ kind: "heading", level, text: stripInlineMarkdown(t.replace(/^#+\s+/, "").replace(/\s+#+\s*$/, "").trim()), line: src.line });
      continue;
    }
    if (RULE.test(t)) {
      flushAll();
      continue;
    }
    const indent = indentOf(src.text);
    const current = item as TItem | null;
    const answer = matchAnswerLine(src.text);
    if (current && answer !== null && current.answer === null && (!blankSinceItem || indent > current.indent)) {
      current.answer = { text: answer, line: src.line };
      current.answerText = [answer];
      continue;
    }
    const bullet = BULLET.exec(src.text);
    if (bullet) {
      flushAll();
      item = { line: src.line, indent, text: [bullet[3]!.trim()], answer: null, answerText: [] };
      blankSinceItem = false;
      continue;
    }
    if (current && (indent > current.indent || !blankSinceItem)) {
      (current.answer ? current.answerText : current.text).push(t);
      continue;
    }
    flushItem();
    para.push({ text: t.replace(/^>\s?/, ""), line: src.line });
  }
  flushAll();
  const open = fence as TFence | null;
  if (open) {
    issues.push({ line: open.line, message: "code fence is never closed", code: "unclosed-fence", severity: "error" });
    blocks.push(diagramFrom(open));
  }
  return { blocks, issues };
}

function paragraphFrom(lines: TSourceLine[]): TSourceBlock {
  const raw = lines.map((l) => l.text).join(" ");
  return {
    kind: "paragraph",
    text: stripInlineMarkdown(raw),
    lines: lines.map((l) => ({ text: stripInlineMarkdown(l.text), line: l.line })),
    links: linkTargets(raw),
    textWithoutLinks: withoutLinks(raw),
    line: lines[0]!.line,
  };
}

function bulletFrom(item: TItem): TSourceBlock {
  const answer = item.answer ? { text: stripInlineMarkdown(item.answerText.join(" ")), line: item.answer.line } : null;
  return { kind: "bullet", text: stripInlineMarkdown(item.text.join(" ")), line: item.line, answer };
}

// A label on the fence's first line ("build flow") followed by drawing is the
// caption, exactly as the rendered form shows it above the drawing.
function diagramFrom(fence: TFence): TSourceBlock {
  const lines = [...fence.lines];
  while (lines.length > 0 && lines[0]!.trim() === "") lines.shift();
  while (lines.length > 0 && lines[lines.length - 1]!.trim() === "") lines.pop();
  let caption: string | null = null;
  const head = lines[0];
  if (head !== undefined && !isStrongArtLine(head) && !isWeakArtLine(head) && isCaptionLike(head) && lines.slice(1).some(isStrongArtLine)) {
    caption = head.trim();
    lines.shift();
  }
  return { kind: "diagram", caption, text: lines.join("\n"), line: fence.line };
}

function closesFence(text: string, fence: TFence): boolean {
  const m = /^[ \t]{0,3}(`{3,}|~{3,})\s*$/.exec(text);
  return m !== null && m[1]![0] === fence.char && m[1]!.length >= fence.size;
}

function skipFrontMatter(lines: TSourceLine[]): number {
  if (lines[0]?.text.trim() !== "---") return 0;
  const end = lines.findIndex((l, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(l.text));
  return end > 0 ? end + 1 : 0;
}

function indentOf(text: string): number {
  let n = 0;
  for (const c of text) {
    if (c === " ") n += 1;
    else if (c === "\t") n += 4;
    else break;
  }
  return n;
}
