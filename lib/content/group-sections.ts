// Splits the blocks after the header into the preamble and sections, and pulls
// out the one-off lines (time/level, ELI5, Bridge) wherever they sit: the
// rendered seed has its Bridge line at the end of "Apply now", markdown may
// give it its own "## Bridge" heading.
import { isBridgeText } from "./parse-bridge";
import { parseEli5Text, parseMetaText } from "./parse-header";
import type { TSourceBlock } from "./source-blocks";

export type TSectionKind = "ordinary" | "recall" | "interview" | "wild" | "apply" | "bridge";
export type TSourceSection = { kind: TSectionKind; heading: string; line: number; blocks: TSourceBlock[] };
export type TParagraph = Extract<TSourceBlock, { kind: "paragraph" }>;

export type TGrouped = {
  preamble: TSourceBlock[];
  sections: TSourceSection[];
  meta: { minutes: number | null; level: string | null; line: number } | null;
  eli5: string | null;
  bridge: TParagraph | null;
};

export function sectionKind(heading: string): TSectionKind {
  const h = heading.toLowerCase().replace(/[^\p{L}\p{N}&\s]/gu, " ").replace(/\s+/g, " ").trim();
  if (/^pause and recall\b/.test(h)) return "recall";
  if (/^interview\b/.test(h)) return "interview";
  if (/\bin the wild$/.test(h)) return "wild";
  if (/^apply (?:it )?now\b/.test(h)) return "apply";
  if (/^bridge\b/.test(h)) return "bridge";
  return "ordinary";
}

export function groupSections(blocks: readonly TSourceBlock[]): TGrouped {
  const out: TGrouped = { preamble: [], sections: [], meta: null, eli5: null, bridge: null };
  let current: TSourceBlock[] = out.preamble;
  for (const b of blocks) {
    if (b.kind === "heading") {
      const section: TSourceSection = { kind: sectionKind(b.text), heading: b.text, line: b.line, blocks: [] };
      out.sections.push(section);
      current = section.blocks;
      continue;
    }
    if (b.kind === "paragraph") {
      const meta = out.meta ? null : parseMetaText(b.text);
      if (meta) {
        out.meta = { ...meta, line: b.line };
        continue;
      }
      const eli5 = out.eli5 === null ? parseEli5Text(b.text) : null;
      if (eli5 !== null) {
        out.eli5 = eli5;
        continue;
      }
      if (!out.bridge && isBridgeText(b.text)) {
        out.bridge = b;
        continue;
      }
    }
    current.push(b);
  }
  return out;
}
