// The "small edit" rule for deck uploads (README "Decks: re-uploading"): a new
// question that no existing key matches takes over the history of an existing
// question of the same chapter and kind that the upload no longer asks, when
// their normalised texts are at least SIMILARITY alike (1 − Levenshtein
// distance / longer length). Each side is used once, best pair first.
import { distance } from "fastest-levenshtein";
import { normalizeQuestion } from "./question-key";

export const SIMILARITY = 0.8;
// Pairs compared at most: beyond it every unmatched question counts as new (bounded work).
const MAX_PAIRS = 40_000;

type TRow = { key: string; kind: string; prompt: string };

export function similarity(a: string, b: string): number {
  const x = normalizeQuestion(a);
  const y = normalizeQuestion(b);
  const longer = Math.max(x.length, y.length);
  return longer === 0 ? 1 : 1 - distance(x, y) / longer;
}

/** New row key → the existing question it edits. */
export function matchSmallEdits<E extends TRow>(rows: readonly TRow[], existing: readonly E[]): Map<string, E> {
  const keys = new Set(existing.map((q) => q.key));
  const asked = new Set(rows.map((r) => r.key));
  const fresh = rows.filter((r) => !keys.has(r.key));
  const orphans = existing.filter((q) => !asked.has(q.key));
  const out = new Map<string, E>();
  if (!fresh.length || !orphans.length || fresh.length * orphans.length > MAX_PAIRS) return out;
  const pairs: { row: TRow; q: E; s: number }[] = [];
  for (const row of fresh) {
    for (const q of orphans) {
      if (q.kind !== row.kind) continue;
      const s = similarity(row.prompt, q.prompt);
      if (s >= SIMILARITY) pairs.push({ row, q, s });
    }
  }
  const used = new Set<string>();
  for (const { row, q } of pairs.sort((a, b) => b.s - a.s)) {
    if (out.has(row.key) || used.has(q.key)) continue;
    out.set(row.key, q);
    used.add(q.key);
  }
  return out;
}
