// Box diagrams whose inner spacing was collapsed (the rendered seed form keeps
// one space between tokens: "│ source │ -> │ image │") are laid out again from
// the widths their top edge still carries. Only a row of boxes with the known
// parts (top, labels, bottom with ┬, │/v connectors, a "a | b | c" legend) is
// touched; anything else, or a drawing already aligned, comes back as it was.

const TOP = /^(┌─+┐)(\s+┌─+┐)*$/u;
const BOTTOM = /^(└[─┬]+┘)(\s+└[─┬]+┘)*$/u;
const GAP = 4; // room for " -> " between boxes

type TBox = { x: number; width: number; stem: number };

const center = (text: string, width: number) => {
  const t = text.trim();
  if (t.length >= width) return t;
  const left = Math.floor((width - t.length) / 2);
  return " ".repeat(left) + t + " ".repeat(width - t.length - left);
};

function place(cells: { col: number; text: string }[]): string {
  let line = "";
  for (const c of cells) line = line.padEnd(c.col) + c.text;
  return line.trimEnd();
}

export function realignDiagram(text: string): string {
  const lines = text.split("\n");
  if (lines.length > 40 || lines.some((l) => l.length > 400)) return text;
  const top = lines.findIndex((l) => TOP.test(l.trim()));
  const bottom = lines.findIndex((l, i) => i > top && BOTTOM.test(l.trim()));
  if (top < 0 || bottom < 0) return text;
  const widths = [...lines[top]!.matchAll(/┌(─+)┐/gu)].map((m) => m[1]!.length);
  const bottoms = [...lines[bottom]!.matchAll(/└([─┬]+)┘/gu)].map((m) => m[1]!);
  if (bottoms.length !== widths.length || bottoms.some((b, i) => b.length !== widths[i])) return text;
  if (isAligned(lines, top, widths)) return text;

  let x = 0;
  const boxes: TBox[] = widths.map((width, i) => {
    const box = { x, width, stem: bottoms[i]!.indexOf("┬") };
    x += width + 2 + GAP;
    return box;
  });
  const out = lines.map((line, i) => {
    const t = line.trim();
    if (i === top) return place(boxes.map((b) => ({ col: b.x, text: `┌${"─".repeat(b.width)}┐` })));
    if (i === bottom) return place(boxes.map((b, j) => ({ col: b.x, text: `└${bottoms[j]}┘` })));
    if (i > top && i < bottom) return labelRow(t, boxes);
    if (i > bottom) return belowRow(t, boxes);
    return line;
  });
  // Half a re-layout is worse than none: any row not understood keeps the author's text.
  return out.some((l) => l === null) ? text : out.join("\n");
}

/** "│ source │ -> │ image │": labels centred in their boxes, connectors in the gaps. */
function labelRow(t: string, boxes: TBox[]): string | null {
  const parts = t.split("│");
  if (parts.length !== boxes.length * 2 + 1 || parts[0] !== "" || parts.at(-1) !== "") return null;
  return place(boxes.flatMap((b, i) => [
    { col: b.x, text: `│${center(parts[1 + i * 2]!, b.width)}│` },
    ...(i < boxes.length - 1 ? [{ col: b.x + b.width + 2, text: center(parts[2 + i * 2]!, GAP) }] : []),
  ]));
}

/** Under the boxes: one │ or v per box goes under its ┬; a legend "a | b | c" centres each part under its box. */
function belowRow(t: string, boxes: TBox[]): string | null {
  const tokens = t.split(/\s+/);
  if (tokens.length === boxes.length && tokens.every((k) => k === "│" || /^[vV]$/.test(k))) {
    if (boxes.some((b) => b.stem < 0)) return null;
    return place(boxes.map((b, i) => ({ col: b.x + 1 + b.stem, text: tokens[i]! })));
  }
  const legend = t.split("|");
  if (legend.length === boxes.length && boxes.length > 1) {
    return place(boxes.flatMap((b, i) => [
      { col: b.x, text: center(legend[i]!, b.width + 2) },
      ...(i < boxes.length - 1 ? [{ col: b.x + b.width + 2 + GAP / 2, text: "|" }] : []),
    ]));
  }
  return null;
}

/** Already drawn with its spacing: every label row's bars stand under the top edge's corners. */
function isAligned(lines: string[], top: number, widths: number[]): boolean {
  const corners = new Set<number>();
  for (const m of lines[top]!.matchAll(/[┌┐]/gu)) corners.add(m.index);
  const row = lines[top + 1];
  if (row === undefined || !row.includes("│")) return true;
  const bars = [...row.matchAll(/│/gu)].map((m) => m.index);
  return bars.length === widths.length * 2 && bars.every((i) => corners.has(i));
}
