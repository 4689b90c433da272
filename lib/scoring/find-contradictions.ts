import { alignAnswer, type TAlignment } from "./align-answer";
import type { TToken } from "./analyze-text";
import { detectStuffing } from "./detect-stuffing";
import { findDeniedClauses } from "./find-denied-clauses";
import { findDeniedContrasts } from "./find-denied-contrasts";
import { creditAgreedStates, findOpposedStates } from "./find-opposed-states";
import { comparePlacements } from "./compare-placements";
import { compareComparisons } from "./find-reversed-comparisons";
import { findSwappedPairs } from "./find-swapped-pairs";
import { findSwappedRoles } from "./find-swapped-roles";
import type { TPreparedReference } from "./prepare-reference";

export interface TContradictions {
  alignment: TAlignment;
  stuffing: boolean;
  /** Model-answer clauses the answer denies (polarity, opposite words, denied lists). */
  denied: Set<number>;
  swaps: ReturnType<typeof findSwappedRoles>;
  /** Model-answer clauses the answer gives the opposite state. */
  opposed: number[];
  /** Every model-answer clause the answer contradicts: it earns no credit. */
  blocked: Set<number>;
}

/**
 * Step 5 and 7 of the README: the model answer aligned with the answer and
 * every model-answer clause the answer contradicts. Shared by the answer and
 * by the common wrong answer read as an answer (see wrongContradicts).
 * `text` is the answer as typed (its beginning), for the signs that tell
 * notes from a keyword list.
 */
export function findContradictions(prepared: TPreparedReference, tokens: readonly TToken[], empty: boolean, text = ""): TContradictions {
  const alignment = alignAnswer(prepared.reference.targets, tokens);
  const stuffing = !empty && detectStuffing(prepared.reference.tokens, tokens, text);
  const comparisons = compareComparisons(prepared.reference.tokens, tokens);
  // A comparison said the other way round with the opposite word ("PostgreSQL is slower than Redis") restates the claim.
  const denied = new Set([...findDeniedClauses(alignment, prepared.reference.tokens, tokens)].filter((c) => !comparisons.agreed.has(c)));
  // "put compilers into the production image" against "keep compilers out of production images"; "don't put them into it" agrees.
  const placements = comparePlacements(prepared.reference.tokens, tokens);
  for (const c of placements.agreed) denied.delete(c);
  for (const c of placements.reversed) denied.add(c);
  // "An image is the running process" against "An image is a read-only recipe, not a running process".
  for (const c of findDeniedContrasts(prepared.reference.tokens, tokens, prepared.questionKeys)) denied.add(c);
  // A keyword list has no roles to swap; stuffing is its own finding.
  const swaps = stuffing ? [] : findSwappedRoles(prepared.reference.tokens, tokens, alignment);
  if (!stuffing && swaps.length === 0) swaps.push(...findSwappedPairs(prepared.reference.tokens, tokens, prepared.questionKeys));
  if (!stuffing && swaps.length === 0) swaps.push(...comparisons.reversed);
  const states = findOpposedStates(prepared.reference.tokens, tokens, alignment);
  creditAgreedStates(alignment, prepared.reference.tokens, states.agreed);
  // "not in the same closed path" denies "same", not "closed": an answer agreeing on the states is no denial of the clause.
  for (const c of states.agreed.keys()) denied.delete(c);
  const opposed = [...states.opposed].filter((c) => !comparisons.agreed.has(c));
  const blocked = new Set([...denied, ...swaps.map((s) => s.clause), ...opposed]);
  return { alignment, stuffing, denied, swaps, opposed, blocked };
}
