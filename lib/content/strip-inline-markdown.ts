// Markdown source and rendered text must yield identical strings, and the
// rendered form has no markup, so inline markdown is reduced to its visible
// text. Deliberately small: emphasis, code spans, links, images, escapes.

// Escaped characters are parked in the Private Use Area so emphasis rules
// cannot see them, then restored.
const PARK = 0xe000;

export function stripInlineMarkdown(src: string): string {
  let s = src.replace(/\\([\\`*_{}[\]()#+\-.!>~|])/g, (_, c: string) => String.fromCharCode(PARK + c.charCodeAt(0)));
  s = s
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
    .replace(/<(https?:\/\/[^>\s]+)>/g, "$1")
    .replace(/`([^`]+)`/g, "$1")
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, "$2")
    .replace(/(^|[^\w*])\*(?=\S)([^*]*?\S)\*(?!\*)/g, "$1$2")
    .replace(/(^|[^\w])_(?=\S)([^_]*?\S)_(?!\w)/g, "$1$2");
  return s.replace(/[\ue000-\ue0ff]/g, (c) => String.fromCharCode(c.charCodeAt(0) - PARK));
}

/** Targets of `[label](target)` links, in order. */
export function linkTargets(src: string): string[] {
  return [...src.matchAll(/\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1] ?? "");
}

/** The text with whole links (label included) removed: the bridge's prose. */
export function withoutLinks(src: string): string {
  return stripInlineMarkdown(src.replace(/\[[^\]]*\]\([^)]*\)/g, "")).replace(/\s+/g, " ").trim();
}
