// The closing pointer to the next chapter. Rendered:
//   Bridge. Goods packed. Now … ships. → 02 → 02-pods-services-ingress.md
// Markdown:
//   **Bridge.** Goods packed. Now … ships. → 02 → [02-pods-services-ingress.md](02-pods-services-ingress.md)
// The prose is kept as `bridge`; the number and file become `next`.
import { numberFromFileName } from "./parse-header";
import type { TNextChapter } from "./types";

export type TBridgeSource = { text: string; textWithoutLinks: string; links: string[]; line: number };

const FILE = /[\w.-]+\.(?:md|txt)\b/gi;

export function isBridgeText(text: string): boolean {
  return /^Bridge\s*[.:]\s/i.test(text.trim());
}

export function parseBridge(src: TBridgeSource): { bridge: string; next: TNextChapter | null } {
  const target = src.links.find((h) => /\.(?:md|txt)(?:#.*)?$/i.test(h)) ?? [...src.text.matchAll(FILE)].pop()?.[0];
  const file = target?.replace(/#.*$/, "").split("/").pop() ?? null;
  const arrowNumber = /(?:→|->)\s*(\d+)\s*(?:→|->)/.exec(src.text)?.[1];
  const number = arrowNumber !== undefined ? Number(arrowNumber) : file ? numberFromFileName(file) : null;

  let prose = src.textWithoutLinks.replace(/^Bridge\s*[.:]\s*/i, "");
  const arrow = prose.search(/\s*(?:→|->)/);
  if (arrow >= 0) prose = prose.slice(0, arrow);
  prose = prose.replace(FILE, "").replace(/\s*(?:Next|Continue)(?: chapter)?\s*:?\s*$/i, "").trim();
  return { bridge: prose, next: file && number !== null ? { number, file, line: src.line } : null };
}
