// The chapter's identity lines: "NN. Title — Tagline", the time/level line
// and the ELI5 callback. Markdown emphasis has already been stripped.

export type THeader = { number: number | null; title: string; tagline: string | null };

/** "01. Containers and Images — Pack once, run clean" (em/en dash or " -- "). */
export function parseHeaderText(text: string): THeader {
  const m = /^(\d+)\s*[.):]\s*(.*)$/.exec(text.trim());
  const rest = m ? m[2]! : text.trim();
  const [title, ...tag] = rest.split(/\s+[—–]\s+|\s+--\s+/);
  const tagline = tag.join(" — ").trim();
  return { number: m ? Number(m[1]) : null, title: (title ?? "").trim(), tagline: tagline === "" ? null : tagline };
}

/** "⏱️ Estimated time: 18 min | Level: intermediate", in any order, emoji optional. */
export function parseMetaText(text: string): { minutes: number | null; level: string | null } | null {
  // Only the line that says "Estimated time" (or starts with the stopwatch) is
  // the meta line; "Level:" alone may well occur in prose.
  if (!/Estimated time:/i.test(text) && !text.trim().startsWith("⏱")) return null;
  const time = /(?:Estimated time:|⏱\uFE0F?)\s*(\d+)\s*(?:min|minutes?)\b/iu.exec(text);
  const level = /\bLevel:\s*([\p{L}-]+)/iu.exec(text);
  return { minutes: time ? Number(time[1]) : null, level: level ? level[1]!.toLowerCase() : null };
}

export function parseEli5Text(text: string): string | null {
  const m = /^ELI5(?: callback)?\s*:\s*(.*)$/is.exec(text.trim());
  return m ? m[1]!.trim() : null;
}

/** Leading digits of a file name ("02-pods.md" -> 2), for cross-checks. */
export function numberFromFileName(file: string): number | null {
  const m = /^(\d+)/.exec(baseName(file));
  return m ? Number(m[1]) : null;
}

/** "content/01-containers-and-images.txt" -> "01-containers-and-images". Pure (no node:path). */
export function slugFromFile(file: string): string {
  return baseName(file).replace(/\.[^.]*$/, "");
}

function baseName(file: string): string {
  return file.split(/[\\/]/).pop() ?? file;
}
