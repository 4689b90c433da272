// How a deck's chapters live beside the course's: Lesson.slug and Question.key
// are unique across all decks, so a deck's chapter "01-intro" is stored as
// "<deckId>-01-intro" and its keys as "<deckId>/<key>". The course keeps its
// plain slugs and keys.
import type { TChapter } from "@/lib/content/types";
import { COURSE_DECK_ID } from "./limits";

export const slugInDeck = (deckId: string, slug: string) => (deckId === COURSE_DECK_ID ? slug : `${deckId}-${slug}`);
export const keyInDeck = (deckId: string, key: string) => (deckId === COURSE_DECK_ID ? key : `${deckId}/${key}`);

export function inDeck(deckId: string, c: TChapter): TChapter {
  if (deckId === COURSE_DECK_ID) return c;
  const key = (k: string) => keyInDeck(deckId, k);
  return {
    ...c,
    slug: slugInDeck(deckId, c.slug),
    recall: c.recall.map((r) => ({ ...r, key: key(r.key) })),
    interview: c.interview.map((q) => ({ ...q, key: key(q.key) })),
  };
}

/** The chapter slug as the author wrote it (the file name without extension). */
export function authorSlug(deckId: string, slug: string): string {
  return deckId !== COURSE_DECK_ID && slug.startsWith(`${deckId}-`) ? slug.slice(deckId.length + 1) : slug;
}

// The export of a deck with several chapters is one text; each chapter starts
// with this marker, and an upload splits a file holding markers back into files.
const MARKER = /^<!-- deckhand-file: ([^\s<>]+) -->$/;
export const fileMarker = (name: string) => `<!-- deckhand-file: ${name} -->`;

export function splitBundle(name: string, text: string): { name: string; text: string }[] {
  const lines = text.split(/\r?\n/);
  if (!lines.some((l) => MARKER.test(l))) return [{ name, text }];
  const out: { name: string; lines: string[] }[] = [];
  for (const line of lines) {
    const m = MARKER.exec(line);
    if (m) out.push({ name: m[1]!, lines: [] });
    else out.at(-1)?.lines.push(line);
  }
  return out.map((f) => ({ name: f.name, text: f.lines.join("\n").trim() + "\n" }));
}
