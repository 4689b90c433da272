// Rendered text (the seed's form) -> shared blocks. In this form every
// non-blank line is its own paragraph, headings end in "¶", and diagrams are
// runs of drawing lines (see classify-diagram-line.ts).
import { isStrongArtLine, isWeakArtLine } from "./classify-diagram-line";
import { matchAnswerLine, paragraphBlock, type TSourceBlock, type TSourceDoc, type TSourceLine } from "./source-blocks";

const BULLET = /^(?:[-*+•–]|\d+[.)])\s+(.*)$/;
// The header without its "¶" is still recognisable by its "NN. Title — Tagline" shape.
const BARE_HEADER = /^\d+\.\s+\S.*\s[—–]\s+\S/;

export function parseRendered(lines: TSourceLine[]): TSourceDoc {
  const blocks: TSourceBlock[] = [];
  let art: TSourceLine[] = [];
  let seenContent = false;

  const flushArt = () => {
    if (art.length === 0) return;
    blocks.push({ kind: "diagram", caption: null, text: art.map((l) => l.text.trimEnd()).join("\n"), line: art[0]!.line });
    art = [];
  };

  for (const src of lines) {
    const t = src.text.trim();
    const first = !seenContent && t !== "";
    if (t !== "") seenContent = true;
    if (art.length > 0 && (isStrongArtLine(t) || isWeakArtLine(t))) {
      art.push(src);
      continue;
    }
    flushArt();
    if (t === "") continue;

    if (t.endsWith("¶") || (first && BARE_HEADER.test(t))) {
      blocks.push({ kind: "heading", level: first ? 1 : 2, text: t.replace(/¶$/, "").trim(), line: src.line });
      continue;
    }
    const prev = blocks[blocks.length - 1];
    const answer = matchAnswerLine(src.text);
    if (answer !== null && prev?.kind === "bullet" && prev.answer === null) {
      prev.answer = { text: answer, line: src.line };
      continue;
    }
    if (isStrongArtLine(t)) {
      art.push(src);
      continue;
    }
    const bullet = BULLET.exec(t);
    if (bullet) {
      blocks.push({ kind: "bullet", text: (bullet[1] ?? "").trim(), line: src.line, answer: null });
      continue;
    }
    blocks.push(paragraphBlock([{ text: t, line: src.line }]));
  }
  flushArt();
  return { blocks, issues: [] };
}
