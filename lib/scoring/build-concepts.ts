import type { TToken } from "./analyze-text";
import type { TAlignment } from "./align-answer";
import type { TConceptSpec } from "./extract-concepts";
import type { TConcept } from "./types";

/** A concept counts as matched when at least half of its weighted words are. */
export const CONCEPT_MATCH_SHARE = 0.5;

/** Marks each model-answer concept matched or missed, with the answer words that matched it. */
export function buildConcepts(
  specs: readonly TConceptSpec[],
  alignment: TAlignment,
  answer: readonly TToken[],
  blocked: ReadonlySet<number>,
): TConcept[] {
  const byTokenIndex = new Map(alignment.targets.map((a) => [a.target.index, a]));
  return specs.map((spec) => {
    let total = 0;
    let got = 0;
    const by: string[] = [];
    for (const i of spec.tokenIndexes) {
      const a = byTokenIndex.get(i);
      if (!a) continue;
      total += a.target.weight;
      if (a.answerIndex < 0 || blocked.has(a.target.token.clause)) continue;
      got += a.target.weight * a.strength;
      const text = answer[a.answerIndex]!.text;
      if (!by.includes(text)) by.push(text);
    }
    const matched = total > 0 && got / total >= CONCEPT_MATCH_SHARE;
    return { text: spec.text, start: spec.start, end: spec.end, matched, matchedBy: matched ? by : [] };
  });
}
