import type { TToken } from "./analyze-text";
import type { TSwap } from "./find-swapped-roles";
import { CONDITION_OPENERS } from "./function-words";
import { NOUNS } from "./pos-tags";

/** Words of one answer segment considered for pairing, and pairs compared: bounds the work on long answers. */
const MAX_SEGMENT_WORDS = 8;
const MAX_CROSSINGS = 200;
const COORDINATORS = new Set(["and", "or", "but", "while", "whereas"]);
/** Only things swap places: verbs and modifiers pair with many words and prove nothing. */

/**
 * Arguments swapped between two claims, with or without subjects: "put a
 * toleration on the GPU nodes and a taint on the ML Pods" against "taint the
 * GPU nodes … give ML Pods a matching toleration". The model answer pairs
 * x with a and y with b (in one clause each) and never x with b nor y with a;
 * the answer pairs x with b and y with a (each within one segment: a clause,
 * cut again at "and"/"or"/"but"), and never x with a and y with b. x and y
 * must be words the question does not give away. Words match by stem, and
 * only nouns as the answer uses them count.
 */
export function findSwappedPairs(reference: readonly TToken[], answer: readonly TToken[], questionKeys: ReadonlySet<string>): TSwap[] {
  const refClausesOf = new Map<string, Set<number>>();
  const firstOf = new Map<string, TToken>();
  for (const t of reference) {
    if (!t.isContent) continue;
    (refClausesOf.get(t.key) ?? refClausesOf.set(t.key, new Set()).get(t.key)!).add(t.clause);
    if (!firstOf.has(t.key)) firstOf.set(t.key, t);
  }
  const together = (u: string, v: string) => {
    const cu = refClausesOf.get(u);
    const cv = refClausesOf.get(v);
    if (!cu || !cv) return undefined;
    for (const c of cu) if (cv.has(c)) return c;
    return undefined;
  };
  const segments = segmentKeys(answer, refClausesOf);
  const answerPairs = new Set<string>();
  const crossings: { u: string; v: string; seg: number; text: Map<string, string> }[] = [];
  segments.forEach((words, seg) => {
    const keys = [...words.keys()];
    for (let i = 0; i < keys.length; i++) {
      for (let j = 0; j < keys.length; j++) {
        if (i === j) continue;
        const [u, v] = [keys[i]!, keys[j]!];
        answerPairs.add(`${u}\u0000${v}`);
        if (together(u, v) === undefined && crossings.length < MAX_CROSSINGS) crossings.push({ u, v, seg, text: words });
      }
    }
  });
  for (const first of crossings) {
    const [x, b] = [first.u, first.v];
    if (questionKeys.has(x)) continue;
    for (const second of crossings) {
      const [y, a] = [second.u, second.v];
      if (second.seg === first.seg || questionKeys.has(y) || y === x || y === b || a === x || a === b) continue;
      const xa = together(x, a);
      const yb = together(y, b);
      if (xa === undefined || yb === undefined || xa === yb) continue;
      if (answerPairs.has(`${x}\u0000${a}`) && answerPairs.has(`${y}\u0000${b}`)) continue;
      return [
        // The answer gave b to x where the model answer gives it to y, and a to y where it gives it to x.
        { clause: yb, usedSubject: first.text.get(x) ?? x, expectedSubject: firstOf.get(y)?.text ?? y, pairing: true },
        { clause: xa, usedSubject: second.text.get(y) ?? y, expectedSubject: firstOf.get(x)?.text ?? x, pairing: true },
      ];
    }
  }
  return [];
}

/** Per answer segment (clause, cut again at coordinators; a condition joined to its consequent), up to MAX_SEGMENT_WORDS model-answer noun stems and how they were typed; negated segments are left out. */
function segmentKeys(answer: readonly TToken[], refKeys: ReadonlyMap<string, unknown>): Map<string, string>[] {
  const out: Map<string, string>[] = [];
  let current = new Map<string, string>();
  let clause = -1;
  let negated = false;
  // "If the liveness probe fails, the Pod leaves the endpoints": the condition names who, its consequent what happens.
  let awaitingConsequent = false;
  const close = () => {
    if (current.size >= 2 && !negated) out.push(current);
    current = new Map();
    negated = false;
  };
  for (const t of answer) {
    const opensClause = t.clause !== clause || COORDINATORS.has(t.lower);
    if (opensClause && awaitingConsequent && t.clause !== clause && !CONDITION_OPENERS.has(t.lower)) {
      awaitingConsequent = false;
      clause = t.clause;
    } else if (opensClause) {
      close();
      clause = t.clause;
      awaitingConsequent = CONDITION_OPENERS.has(t.lower);
    }
    if (t.negated && !t.polarityUnsure) negated = true;
    if (t.isContent && NOUNS.has(t.pos) && refKeys.has(t.key) && current.size < MAX_SEGMENT_WORDS && !current.has(t.key)) current.set(t.key, t.text);
  }
  close();
  return out;
}
