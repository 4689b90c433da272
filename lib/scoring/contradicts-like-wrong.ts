import type { TContradictions } from "./find-contradictions";
import { findContradictions } from "./find-contradictions";
import type { TToken } from "./analyze-text";
import { memoOn } from "./memo-on-tokens";
import { leadingYesNo, type TPreparedReference } from "./prepare-reference";

/** Model-answer clauses a text contradicts, by how: a denial and a swap of one clause are different claims. */
interface TContradictedClauses {
  denied: ReadonlySet<number>;
  swapped: ReadonlySet<number>;
  opposed: ReadonlySet<number>;
}

/**
 * The common wrong answer read as an answer: which model-answer clauses it
 * contradicts ("Readiness restarts the container, and liveness just takes it
 * out of the load balancer" swaps the model answer's two roles). Computed
 * once per card: keyed by the memoized card, so it lives exactly as long as
 * the card's prepared reference (bounded there).
 */
const wrongContradictions = memoOn((prepared: TPreparedReference): TContradictedClauses | undefined => {
  if (!prepared.wrong) return undefined;
  const c = findContradictions(prepared, prepared.wrong.tokens, false);
  return { denied: c.denied, swapped: new Set(c.swaps.map((s) => s.clause)), opposed: new Set(c.opposed) };
});

/**
 * The answer contradicts the model answer the way the wrong answer does: the
 * same clause denied, swapped or given the opposite state. Words cannot show
 * such a misconception when the model answer uses all of them (swapped roles
 * use the same words), and a contradiction that agrees with the wrong answer
 * is what makes the answer that wrong answer, in whatever words it is put.
 * On a yes/no question, the wrong answer's "yes" against the model answer's
 * "Usually not" is such a contradiction too ("i'd say yes, a CPU alert is a
 * good early warning").
 */
export function contradictsLikeWrong(prepared: TPreparedReference, answer: TContradictions, tokens: readonly TToken[], recall: number): boolean {
  // Built around the contradiction: an answer still covering much of the model answer is judged by its words.
  if (recall >= CONTRADICTED_RECALL) return false;
  const wrong = wrongContradictions(prepared);
  if (!wrong) return false;
  // A bare "yes" is one word: "Yes, if you turn on encryption at rest, …" may still be right, so it must come with
  // next to nothing of the model answer.
  if (prepared.wrongYesNo !== undefined && leadingYesNo(tokens) === prepared.wrongYesNo && recall < YES_NO_RECALL) return true;
  for (const c of answer.denied) if (wrong.denied.has(c)) return true;
  for (const s of answer.swaps) if (wrong.swapped.has(s.clause)) return true;
  for (const c of answer.opposed) if (wrong.opposed.has(c)) return true;
  return false;
}

/** Below this recall, an answer contradicting the model answer as the wrong answer does is that wrong answer. */
export const CONTRADICTED_RECALL = 0.5;
/** Below this recall, the wrong answer's "yes"/"no" against the model answer's is that wrong answer. */
export const YES_NO_RECALL = 0.25;
