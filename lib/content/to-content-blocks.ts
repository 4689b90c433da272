// Source blocks of an ordinary section -> the chapter's content blocks:
// consecutive bullets become one list, and a label-like line just above a
// diagram ("build flow") becomes that diagram's caption.
import { isCaptionLike } from "./classify-diagram-line";
import type { TSourceBlock } from "./source-blocks";
import type { TBlock } from "./types";

export function toContentBlocks(source: readonly TSourceBlock[]): TBlock[] {
  const out: TBlock[] = [];
  source.forEach((b, i) => {
    const next = source[i + 1];
    if (b.kind === "paragraph") {
      const isCaption = b.lines.length === 1 && isCaptionLike(b.text) && next?.kind === "diagram" && next.caption === null;
      if (!isCaption) out.push({ kind: "paragraph", text: b.text });
    } else if (b.kind === "diagram") {
      const prev = source[i - 1];
      const caption = b.caption ?? (prev?.kind === "paragraph" && prev.lines.length === 1 && isCaptionLike(prev.text) ? prev.text : null);
      out.push({ kind: "diagram", caption, text: b.text });
    } else if (b.kind === "bullet") {
      const last = out[out.length - 1];
      const items = last?.kind === "list" && source[i - 1]?.kind === "bullet" ? last.items : null;
      // An "Answer:" line only means something under a recall question; elsewhere keep it as text.
      const texts = b.answer ? [b.text, `Answer: ${b.answer.text}`] : [b.text];
      if (items) items.push(...texts);
      else out.push({ kind: "list", items: texts });
    }
  });
  return out;
}
