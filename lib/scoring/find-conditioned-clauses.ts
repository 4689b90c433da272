import type { TToken } from "./analyze-text";
import { CONDITION_OPENERS } from "./function-words";

const EXCEPTION = new Set(["unless", "except"]);

/** Model-answer clauses stating a rule, each with the clause of its exception: "GPUs are not shared | unless MIG is configured". */
export function exceptionClauses(tokens: readonly TToken[]): Map<number, number> {
  const out = new Map<number, number>();
  for (let i = 1; i < tokens.length; i++) if (opens(tokens, i, EXCEPTION)) out.set(tokens[i - 1]!.clause, tokens[i]!.clause);
  return out;
}

/**
 * Answer clauses stating a claim under a condition: followed by "if / when
 * / once …", or restricted by "only" ("shared only with MIG"). "Not shared
 * unless MIG" and "shared only when MIG" are one rule said from its two
 * sides, so against an exception clause such a claim counts the other way
 * round; one followed by "unless" states the exception itself.
 */
export function conditionedClauses(tokens: readonly TToken[]): Set<number> {
  const out = new Set<number>();
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.lower === "only" || opens(tokens, i, CONDITION_OPENERS)) out.add(t.lower === "only" ? t.clause : tokens[i - 1]!.clause);
  }
  for (let i = 1; i < tokens.length; i++) if (opens(tokens, i, EXCEPTION)) out.delete(tokens[i - 1]!.clause);
  return out;
}

function opens(tokens: readonly TToken[], i: number, words: ReadonlySet<string>): boolean {
  const t = tokens[i]!;
  const prev = tokens[i - 1]!;
  return t.clause !== prev.clause && t.sentence === prev.sentence && words.has(t.lower);
}

/**
 * Model-answer clauses that forbid ("Do not let the VPA and the HPA act on
 * the same metric", "Never …"): they prescribe, and an answer supposing the
 * forbidden case ("if both act on the same metric, they fight") explains
 * the rule; it does not assert the opposite.
 */
export function prohibitionClauses(tokens: readonly TToken[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.isWord || (i > 0 && tokens[i - 1]!.clause === t.clause && tokens[i - 1]!.isWord)) continue;
    const next = tokens[i + 1];
    if (t.lower === "never" || (t.lower === "do" && next !== undefined && next.isCue)) out.add(t.clause);
  }
  return out;
}

/** Answer clauses opened by "if" / "when" …: a case supposed, not asserted. */
export function hypotheticalClauses(tokens: readonly TToken[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (CONDITION_OPENERS.has(t.lower) && (i === 0 || tokens[i - 1]!.clause !== t.clause)) out.add(t.clause);
  }
  return out;
}
