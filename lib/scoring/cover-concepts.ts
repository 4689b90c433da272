import { cosine } from "./embedder";
import type { TReading } from "./features";
import { contentStems } from "./lexical";
import type { TCard } from "./prepare-card";
import type { TConcept } from "./types";

/**
 * A key point counts as said when some clause (or the whole) of the answer
 * embeds this close to it, whatever the words ("boots in seconds" for
 * "a VM gives stronger isolation" for "VMs isolate harder": 0.80).
 * all-MiniLM-L6-v2 puts paraphrases of one short claim at ~0.5–0.9 and
 * other claims about the same things mostly below 0.5 (measured on the
 * course cards; a denial can still sit high, which the judge, not this
 * highlighting, has to catch).
 */
export const COVERED_FROM = 0.5;
/** More claims than this and the model answer is a passage (recall cards): only the claims nearest the question are key points. */
const PASSAGE_CLAIMS = 4;

/** The model answer's key points, each marked covered or missed, with the answer words that said it. */
export function coverConcepts(card: TCard, answer: string, reading: TReading | undefined): TConcept[] {
  const relevance = card.conceptVecs.map((v) => cosine(v, card.questionVec));
  const keep = keyPoints(relevance);
  return card.concepts.flatMap((c, i) => {
    if (!keep.has(i)) return [];
    const vec = card.conceptVecs[i]!;
    let best = -1;
    let by = -1;
    reading?.partVecs.forEach((p, j) => {
      const s = cosine(vec, p);
      if (s > best) [best, by] = [s, j];
    });
    const whole = reading ? cosine(vec, reading.wholeVec) : -1;
    const matched = reading !== undefined && Math.max(best, whole) >= COVERED_FROM;
    const part = by >= 0 && best >= whole ? reading!.parts[by]!.text : answer;
    return [{ text: c.text, start: c.start, end: c.end, matched, matchedBy: matched ? wordsSaying(c.text, part) : [] }];
  });
}

/** Every claim of a short model answer; of a passage, the upper half by closeness to the question (at least PASSAGE_CLAIMS). */
function keyPoints(relevance: readonly number[]): Set<number> {
  const all = relevance.map((_, i) => i);
  if (relevance.length <= PASSAGE_CLAIMS) return new Set(all);
  const ranked = [...all].sort((a, b) => relevance[b]! - relevance[a]!);
  return new Set(ranked.slice(0, Math.max(PASSAGE_CLAIMS, Math.ceil(ranked.length / 2))));
}

/** The answer words (as typed) sharing a stem with the concept; else the first words of the clause that said it. */
function wordsSaying(concept: string, part: string): string[] {
  const stems = contentStems(concept);
  const words = part.match(/[\p{L}\p{N}][\p{L}\p{N}'-]*/gu) ?? [];
  const shared = words.filter((w) => [...contentStems(w)].some((s) => stems.has(s)));
  return (shared.length > 0 ? shared : words).slice(0, 8);
}
