// Identity of a question across edits and re-imports. Learners' review
// history hangs off `key`, so it must survive harmless edits (answer text,
// wrong answer, curly vs straight quotes, spacing, a trailing "?") and change
// when the question itself is reworded. `contentHash` is the other half: same
// key + different hash = "edited", same key + same hash = "unchanged".
import { createHash } from "node:crypto";

/**
 * Normalised question text: Unicode NFKC, curly quotes -> straight, lower
 * case, whitespace collapsed, trailing punctuation removed.
 *   normalizeQuestion("  Why  “tags”? ") === 'why "tags"'
 */
export function normalizeQuestion(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[\s?!.,;:…]+$/u, "");
}

/**
 * Stable question id: `<chapter slug>:<first 16 hex of sha256(normalised text)>`,
 * e.g. "01-containers-and-images:3f2a…". Two questions are "the same
 * question" exactly when they are in the same chapter (slug) and their
 * normalised texts are equal; rewording makes a new key (and the importer
 * retires the old one), moving the chapter to a new file name does too.
 */
export function questionKey(slug: string, text: string): string {
  return `${slug}:${sha256Hex(normalizeQuestion(text)).slice(0, 16)}`;
}

/** Hash of the displayed content (exact text, answer, wrong answer, source) to tell edits apart. */
export function contentHash(parts: readonly (string | number | null)[]): string {
  return sha256Hex(JSON.stringify(parts)).slice(0, 16);
}

export function sha256Hex(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}
