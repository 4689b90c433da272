import type { TToken } from "./analyze-text";
import type { TAlignment } from "./align-answer";
import { conditionedClauses, exceptionClauses, hypotheticalClauses, prohibitionClauses } from "./find-conditioned-clauses";
import { aboutOtherThings, clauseSubjects } from "./read-clause-subjects";
import { CLOSED_DIM, clausePoles, describedByState, referencePoles, stateWords } from "./read-state-poles";

export interface TStateComparison {
  /** Model-answer clauses whose state the answer asserts the opposite of ("connected" against "separated by a gap"). */
  opposed: Set<number>;
  /** Model-answer clauses whose state the answer asserts in other words ("connected" for "in the same state"), with the answer word that says it. */
  agreed: Map<number, number>;
}

/**
 * Compares the states each model-answer clause asserts with those of the
 * answer's clauses, dimension by dimension. An answer clause that swaps one
 * of the claim's things for its opposite ("connected to the *negative*
 * terminal" against "in a different state from the *positive* terminal")
 * says the state the other way round, so its pole is flipped.
 */
export function findOpposedStates(reference: readonly TToken[], answer: readonly TToken[], alignment: TAlignment): TStateComparison {
  const opposed = new Set<number>();
  const agreed = new Map<number, number>();
  // Most model answers assert no state: the answer is then not read at all.
  const refPoles = referencePoles(reference);
  if (refPoles.size === 0) return { opposed, agreed };
  const ansPoles = clausePoles(answer);
  if (ansPoles.size === 0) return { opposed, agreed };
  const flips = substitutedThings(reference, answer, alignment);
  const about = sharedThings(answer, alignment);
  const exceptions = exceptionClauses(reference);
  const conditioned = exceptions.size > 0 ? conditionedClauses(answer) : new Set<number>();
  const prohibitions = prohibitionClauses(reference);
  const supposed = prohibitions.size > 0 ? hypotheticalClauses(answer) : new Set<number>();
  const refSubjects = clauseSubjects(reference);
  const ansSubjects = clauseSubjects(answer);
  // "there is no closed path" names nothing but a state: any answer clause speaks to it.
  const namesThings = new Set<number>();
  reference.forEach((t, i) => {
    if (namesThing(reference, i) && !describedByState(reference, i)) namesThings.add(t.clause);
  });
  for (const [refClause, rp] of refPoles) {
    let against = 0;
    let with_ = 0;
    let at = -1;
    for (const [ansClause, ap] of ansPoles) {
      if (prohibitions.has(refClause) && supposed.has(ansClause)) continue;
      // Being in a closed path is said of the subject: "switch Y is not in the closed path" denies nothing of "bulb A is in a closed path". Joined/apart relates the subject to its object, so the subjects may differ there; agreeing stays agreeing.
      const otherSubject = aboutOtherThings(refSubjects.get(refClause), ansSubjects.get(ansClause));
      // A conditioned claim naming the exception's things ("only with MIG") speaks to the rule too.
      const exception = conditioned.has(ansClause) ? exceptions.get(refClause) : undefined;
      const shares = about.shared.has(`${refClause}:${ansClause}`) || (exception !== undefined && about.shared.has(`${exception}:${ansClause}`));
      if (namesThings.has(refClause) && about.named.has(ansClause) && !shares) continue;
      // "shared only when MIG is on" restates "not shared unless MIG is configured" from the exception's side.
      const fromException = exceptions.has(refClause) && conditioned.has(ansClause) ? -1 : 1;
      const flip = (flips.has(`${refClause}:${ansClause}`) ? -1 : 1) * fromException;
      for (const [dim, { pole }] of rp) {
        const other = ap.get(dim);
        if (!pole || !other?.pole) continue;
        if (other.pole * flip === pole) {
          with_++;
          at = other.at;
        } else if (!(otherSubject && dim === CLOSED_DIM) && !other.membership && !rp.get(dim)!.membership) against++;
      }
    }
    if (against > 0 && with_ === 0) opposed.add(refClause);
    else if (with_ > 0 && against === 0) agreed.set(refClause, at);
  }
  return { opposed, agreed };
}

const SAME_THING = 0.75;


/**
 * Which claims an answer clause is about: `shared` holds the (model clause,
 * answer clause) pairs sharing a word other than a state word; `named` the
 * answer clauses that name anything besides states. A clause naming other
 * things ("VMs give stronger isolation" against "behaves the same") is
 * compared only with the claims it shares a thing with; one naming nothing
 * ("they are connected", "there is a gap") with every claim.
 */
/** A content word that is not a state word names a thing; an adverb ("no longer", "now", "anymore") only says when or how, and "the two" stands for things named elsewhere, as "they" does. */
function namesThing(tokens: readonly TToken[], i: number): boolean {
  const t = tokens[i]!;
  if (t.pos === "NUM" && tokens[i - 1]?.pos === "DET") return false;
  return t.isContent && t.pos !== "ADV" && stateWords(t).length === 0;
}

function sharedThings(answer: readonly TToken[], alignment: TAlignment): { shared: Set<string>; named: Set<number> } {
  const named = new Set<number>();
  answer.forEach((t, i) => {
    if (namesThing(answer, i)) named.add(t.clause);
  });
  // Per answer clause, how much it shares with each model-answer clause (best match per model word).
  const weights = new Map<number, Map<number, number>>();
  const seen = new Set<string>();
  for (const p of alignment.pairs) {
    if (p.antonym || p.strength < SAME_THING) continue;
    const r = p.target.token;
    const a = answer[p.answerIndex]!;
    if (stateWords(r).length > 0 || stateWords(a).length > 0) continue;
    const id = `${p.target.index}:${a.clause}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const byRef = weights.get(a.clause) ?? new Map<number, number>();
    byRef.set(r.clause, (byRef.get(r.clause) ?? 0) + p.target.weight);
    weights.set(a.clause, byRef);
  }
  // "Deployments share storage" is about the claim on Deployments, not the one on StatefulSets that also names storage.
  const shared = new Set<string>();
  for (const [ansClause, byRef] of weights) {
    const best = Math.max(...byRef.values());
    for (const [refClause, w] of byRef) if (w >= best - 1e-9) shared.add(`${refClause}:${ansClause}`);
  }
  return { shared, named };
}

/**
 * (model clause, answer clause) pairs where the answer names the opposite of
 * one of the claim's things and not the thing itself: the opposite word
 * must qualify the same noun ("the *negative* terminal" for "the *positive*
 * battery terminal"), not stand on its own ("first in, first out" against
 * "the last item added").
 */
function substitutedThings(reference: readonly TToken[], answer: readonly TToken[], alignment: TAlignment): Set<string> {
  const out = new Set<string>();
  const keysOf = new Map<number, Set<string>>();
  const refKeys = new Set(reference.map((t) => t.key));
  for (const t of answer) (keysOf.get(t.clause) ?? keysOf.set(t.clause, new Set()).get(t.clause)!).add(t.key);
  for (const p of alignment.pairs) {
    if (!p.antonym) continue;
    const r = p.target.token;
    const a = answer[p.answerIndex]!;
    if (stateWords(r).length > 0 || stateWords(a).length > 0) continue;
    if (keysOf.get(a.clause)?.has(r.key)) continue;
    const qualified = nounsAfter(reference, p.target.index);
    const own = nounsAfter(answer, p.answerIndex);
    // The same noun ("negative terminal"), or one the model answer has no name for ("negative side"), so no thing of its own is meant.
    if (qualified.length === 0 || !own.some((k) => qualified.includes(k) || !refKeys.has(k))) continue;
    out.add(`${r.clause}:${a.clause}`);
  }
  return out;
}

/** Keys of the nouns in the compound right after token i ("positive battery terminal", "long-lived HTTP/2 connection"). */
function nounsAfter(tokens: readonly TToken[], i: number): string[] {
  const out: string[] = [];
  for (let j = i + 1; j < tokens.length && j <= i + COMPOUND_SPAN && tokens[j]!.clause === tokens[i]!.clause; j++) {
    const t = tokens[j]!;
    if (t.pos === "NOUN" || t.pos === "PROPN") out.push(t.key);
    else if (!(t.pos === "ADJ" || t.pos === "VERB" || t.pos === "NUM" || t.lower === "-" || t.lower === "/")) break;
  }
  return out;
}
const COMPOUND_SPAN = 6;

/** What saying a model-answer state in other words earns: a synonym's credit ("connected" for "same"). */
export const AGREED_STATE_STRENGTH = 0.75;

/**
 * The model answer's state words in a clause the answer agrees with count as
 * matched by the answer's state word, and so does the thing they describe
 * ("same electrical state" said as "connected"): the answer said the claim.
 */
export function creditAgreedStates(alignment: TAlignment, reference: readonly TToken[], agreed: ReadonlyMap<number, number>): void {
  if (agreed.size === 0) return;
  for (const a of alignment.targets) {
    const t = a.target.token;
    const at = agreed.get(t.clause);
    if (at === undefined || a.strength >= AGREED_STATE_STRENGTH) continue;
    const i = a.target.index;
    const isState = stateWords(t).length > 0;
    const described = describedByState(reference, i);
    if (!isState && !described) continue;
    a.answerIndex = at;
    a.strength = AGREED_STATE_STRENGTH;
    a.how = "synonym";
    a.contradicted = false;
  }
}
