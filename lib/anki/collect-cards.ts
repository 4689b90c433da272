// Anki cards grouped by Anki deck, as Deckhand question text: rendered,
// HTML turned to text, empty and duplicate questions skipped and counted.
import { questionKey } from "@/lib/content/question-key";
import { htmlToText } from "./html-to-text";
import { renderCard } from "./render-card";
import type { TAnkiCard, TAnkiCollection } from "./read-collection";

export const ANKI_CHAPTER = "anki";
export type TCollected = { prompt: string; answer: string; tags: string; key: string; card: TAnkiCard };
export type TSkipped = { media: number; empty: number; duplicates: number; unsupported: number };

export function collectCards(col: TAnkiCollection) {
  const media = { count: 0 };
  const skipped: TSkipped = { media: 0, empty: 0, duplicates: 0, unsupported: 0 };
  const decks = new Map<number, { name: string; items: TCollected[]; keys: Set<string> }>();
  for (const card of col.cards) {
    const note = col.notes.get(card.nid);
    const model = note && col.models.get(note.mid);
    const rendered = note && model ? renderCard(model, note.flds.split("\x1f"), card.ord) : null;
    if (!note || !rendered) {
      skipped.unsupported++;
      continue;
    }
    const prompt = htmlToText(rendered.front, media).slice(0, 5_000);
    const answer = htmlToText(rendered.back, media).slice(0, 10_000);
    if (!prompt || !answer) {
      skipped.empty++;
      continue;
    }
    let deck = decks.get(card.did);
    if (!deck)
      decks.set(
        card.did,
        (deck = { name: (col.decks.get(card.did) ?? "Anki").slice(0, 100) || "Anki", items: [], keys: new Set() }),
      );
    // Question identity as an uploaded chapter computes it, so an export of the deck re-uploads cleanly.
    const key = questionKey(ANKI_CHAPTER, prompt);
    if (deck.keys.has(key)) {
      skipped.duplicates++;
      continue;
    }
    deck.keys.add(key);
    deck.items.push({ prompt, answer, tags: note.tags.trim().slice(0, 1_000), key, card });
  }
  skipped.media = media.count;
  return { decks: [...decks.values()], skipped };
}
