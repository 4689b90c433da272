import type { TToken } from "./analyze-text";

/**
 * Words that open a condition or the time a claim holds: what follows is not
 * asserted, only supposed. Not function-words' CONDITION_OPENERS: "unless"
 * opens a supposed case here, and "once" (a sequence) does not.
 */
const SUPPOSING_OPENERS = new Set(["if", "when", "whenever", "unless"]);

export interface TClauseConditions {
  /** Clauses that state a condition ("If a constructor is defined", "when the function is first called"). */
  conditions: Set<number>;
  /** The polarity of the condition each other clause of the sentence holds under (true = negated). */
  conditionOf: Map<number, boolean>;
}

/**
 * Condition clauses and, for the other clauses of their sentence, the
 * polarity of the condition they hold under (the nearest condition clause
 * of the same sentence). One pass over the tokens.
 */
export function readConditions(tokens: readonly TToken[]): TClauseConditions {
  const firstWord = new Map<number, TToken>();
  const negated = new Map<number, boolean>();
  const sentenceOf = new Map<number, number>();
  for (const t of tokens) {
    if (t.isWord && !firstWord.has(t.clause)) firstWord.set(t.clause, t);
    if (t.negated && !t.polarityUnsure) negated.set(t.clause, true);
    sentenceOf.set(t.clause, t.sentence);
  }
  const conditions = new Set([...firstWord].filter(([, t]) => SUPPOSING_OPENERS.has(t.lower)).map(([c]) => c));
  // Nearest condition clause of the same sentence, before or after: one sweep each way, so linear in the clauses.
  const clauses = [...sentenceOf.keys()].sort((a, b) => a - b);
  const before = new Map<number, number>();
  const after = new Map<number, number>();
  const sweep = (order: readonly number[], into: Map<number, number>) => {
    let last: number | undefined;
    for (const c of order) {
      if (last !== undefined && sentenceOf.get(last) !== sentenceOf.get(c)) last = undefined;
      if (conditions.has(c)) last = c;
      else if (last !== undefined) into.set(c, last);
    }
  };
  sweep(clauses, before);
  sweep([...clauses].reverse(), after);
  const conditionOf = new Map<number, boolean>();
  for (const c of clauses) {
    const b = before.get(c);
    const a = after.get(c);
    const nearest = b === undefined ? a : a === undefined || c - b <= a - c ? b : a;
    if (nearest !== undefined) conditionOf.set(c, negated.get(nearest) ?? false);
  }
  return { conditions, conditionOf };
}
