// Section content. Diagrams are drawn with box characters, so they keep their
// spacing in a monospace <pre> that scrolls sideways on narrow screens instead
// of wrapping (wrapping would break the drawing); a row of boxes whose spacing
// the source lost is laid out again for display (realign-diagram.ts).
import type { TBlock } from "@/lib/content/types";
import { realignDiagram } from "@/lib/content/realign-diagram";

export function ChapterBlocks({ blocks }: { blocks: TBlock[] }) {
  return blocks.map((b, i) => <Block key={i} block={b} />);
}

function Block({ block }: { block: TBlock }) {
  switch (block.kind) {
    case "paragraph":
      return <p className="leading-relaxed">{block.text}</p>;
    case "list":
      return (
        <ul className="list-disc space-y-1 pl-6">
          {block.items.map((item, i) => (
            <li key={i}>{item}</li>
          ))}
        </ul>
      );
    case "diagram":
      return (
        <figure className="space-y-1">
          {block.caption ? (
            <figcaption className="text-sm font-medium text-slate-600 dark:text-slate-400">{block.caption}</figcaption>
          ) : null}
          {/* Focusable so keyboard users can scroll a diagram wider than the screen. */}
          <pre
            tabIndex={0}
            className="diagram overflow-x-auto rounded-md border border-slate-200 bg-slate-50 p-3 text-xs focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-500 sm:text-sm dark:border-slate-800 dark:bg-slate-900"
          >
            {realignDiagram(block.text)}
          </pre>
        </figure>
      );
  }
}
