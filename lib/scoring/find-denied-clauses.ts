import type { TToken } from "./analyze-text";
import { disagree, type TAlignment, type TWordPair } from "./align-answer";
import { readConditions } from "./read-conditions";
import { subjectOf } from "./find-swapped-roles";
import { VERBAL } from "./pos-tags";

const MODIFIED = new Set(["NOUN", "PROPN", "ADJ", "NUM"]);
/** A same-polarity answer clause this close to the best one is taken as the answer's real claim. */
const AGREEMENT_TOLERANCE = 0.5;
/** Shared words needed to call it the same claim (question and contrast words count half). */
const MIN_EVIDENCE = 2;
const STRONG = 0.75;

interface TOverlap {
  answerClause: number;
  weight: number;
  /** Strongly matched words that are neither question words nor used by the model answer with both polarities. */
  evidence: number;
  /** Evidence includes a predicate (verb, or adjective/adverb not modifying a noun): what a "not" would negate. */
  predicate: boolean;
  antonym: boolean;
  polarityFlip: boolean;
  /** An opposite word under the opposite polarity: "not in the same path" = "in different paths". */
  doubleNegation: boolean;
  /** Evidence words a "not" governs (after its cue): "you don't need startup probes, cached weights or warm headroom". */
  deniedEvidence: number;
  /** The answer clause denies that a thing the model answer names exists ("Pod Security Admission doesn't exist"). */
  deniedThing: boolean;
}

/** Denying this many of a clause's words at once is a denial even with no shared predicate ("X and Y are not needed"). */
const MIN_DENIED_WORDS = 2;

/**
 * Model-answer clauses whose claim the answer denies ("pods never disappear"
 * vs "pods can disappear anytime"; "grows" vs "shrinks" the attack surface).
 *
 * Each model-answer clause is compared with the answer clause that shares the
 * most of it. It is denied when
 * - that clause has the opposite polarity, or an opposite predicate;
 * - the shared words are a claim: two or more (question words, and words the
 *   model answer itself uses both ways as in "if no X ... if X", count half),
 *   including a predicate that the "not" actually governs (after the cue), so
 *   "strings declared ... can not extend" does not deny "strings declared";
 * - and that answer clause does not match another model-answer clause better
 *   with the right polarity, nor does another answer clause restate the claim.
 * Tuned to fire rarely on the Mohler dev split (5 of 1,134 answers).
 */
export function findDeniedClauses(alignment: TAlignment, reference: readonly TToken[], answer: readonly TToken[]): Set<number> {
  const info = describeReference(alignment);
  // An answer word that restates some model-answer word is busy with that claim; it is no opposite of another.
  const restating = new Set(alignment.pairs.filter((p) => !p.antonym && p.strength >= STRONG).map((p) => p.answerIndex));
  const overlaps = collectOverlaps(alignment.pairs, reference, answer, info, restating);

  // Best model-answer clause of each answer clause, to spot answer clauses that agree with a sibling claim.
  const bestOfAnswer = new Map<number, { refClause: number; o: TOverlap }>();
  for (const [refClause, byAnswer] of overlaps) {
    for (const o of byAnswer.values()) {
      const cur = bestOfAnswer.get(o.answerClause);
      if (!cur || o.weight > cur.o.weight || (o.weight === cur.o.weight && !opposes(o))) bestOfAnswer.set(o.answerClause, { refClause, o });
    }
  }
  const denied = new Set<number>();
  const refConditions = readConditions(reference);
  const answerConditions = readConditions(answer);
  for (const [refClause, byAnswer] of overlaps) {
    // "If a constructor is defined, …" supposes it, it does not claim it: an answer about the other case denies nothing.
    if (refConditions.conditions.has(refClause)) continue;
    const ranked = [...byAnswer.values()].filter((o) => o.weight > 0).sort((x, y) => y.weight - x.weight);
    const best = ranked[0];
    if (!best || !opposes(best)) continue;
    const claim = best.predicate || best.antonym || best.deniedThing || (best.polarityFlip && best.deniedEvidence >= MIN_DENIED_WORDS);
    if (!claim || best.evidence < MIN_EVIDENCE) continue;
    // "If X, the compiler does not create one" against "it creates one when there is no X": the other case, not a denial.
    const refCondition = refConditions.conditionOf.get(refClause);
    const answerCondition = answerConditions.conditionOf.get(best.answerClause);
    if (refCondition !== undefined && answerCondition !== undefined && refCondition !== answerCondition) continue;
    if (deniedOfOther(reference, answer, refClause, best.answerClause)) continue;
    const own = bestOfAnswer.get(best.answerClause);
    if (own && own.refClause !== refClause && !opposes(own.o) && own.o.weight >= best.weight) continue;
    const agreeing = ranked.find((o) => !opposes(o) && o.evidence >= MIN_EVIDENCE);
    if (agreeing && agreeing.weight >= AGREEMENT_TOLERANCE * best.weight) continue;
    denied.add(refClause);
  }
  return denied;
}

/** Opposite polarity, or an opposite predicate ("do not start fast and behave inconsistently" opposes twice, not zero times). */
function opposes(o: TOverlap): boolean {
  return (o.polarityFlip && !o.doubleNegation) || o.antonym;
}

interface TReferenceInfo {
  keys: Map<number, Set<string>>;
  /** Keys the model answer uses in both negated and plain clauses. */
  ambivalent: Set<string>;
}

function describeReference(alignment: TAlignment): TReferenceInfo {
  const keys = new Map<number, Set<string>>();
  const polarities = new Map<string, Set<boolean>>();
  for (const a of alignment.targets) {
    const t = a.target.token;
    (keys.get(t.clause) ?? keys.set(t.clause, new Set()).get(t.clause)!).add(t.key);
    (polarities.get(t.key) ?? polarities.set(t.key, new Set()).get(t.key)!).add(t.negated);
  }
  const ambivalent = new Set([...polarities].filter(([, p]) => p.size > 1).map(([k]) => k));
  return { keys, ambivalent };
}

function collectOverlaps(
  pairs: readonly TWordPair[],
  reference: readonly TToken[],
  answer: readonly TToken[],
  info: TReferenceInfo,
  restating: ReadonlySet<number>,
): Map<number, Map<number, TOverlap>> {
  const overlaps = new Map<number, Map<number, TOverlap>>();
  const seen = new Set<string>();
  // Strongest pairs first, so each (model word, answer clause) counts once at its best.
  for (const p of [...pairs].sort((x, y) => y.strength - x.strength)) {
    const r = p.target.token;
    const a = answer[p.answerIndex]!;
    const id = `${p.target.index}:${a.clause}:${p.antonym}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const byAnswer = overlaps.get(r.clause) ?? new Map<number, TOverlap>();
    const o = byAnswer.get(a.clause) ?? { answerClause: a.clause, weight: 0, evidence: 0, predicate: false, antonym: false, polarityFlip: disagree(r, a), doubleNegation: false, deniedEvidence: 0, deniedThing: false };
    if (p.antonym && o.polarityFlip) {
      // Saying the opposite word the opposite way round says the same thing.
      o.doubleNegation = true;
    } else if (p.antonym) {
      // "start and stop in order" holds both words: an opposite the model answer itself uses proves nothing.
      // "a poor proxy" vs "a good proxy": an opposite modifier of the same noun counts like an opposite predicate.
      const opposedClaim = isPredicate(reference, p.target.index) || modifiesSharedNoun(reference, p.target.index, answer, a.clause);
      if (opposedClaim && !restating.has(p.answerIndex) && !info.keys.get(r.clause)?.has(a.key)) o.antonym = true;
    } else {
      o.weight += p.target.weight * p.strength;
      // Question words are the topic, not the claim: half evidence.
      if (p.strength >= STRONG) {
        // Question words are the topic, and words the model answer uses both ways are its contrast, not the claim: half evidence.
        o.evidence += p.target.inQuestion || info.ambivalent.has(r.key) ? 0.5 : 1;
        // For a polarity flip the predicate must sit after the cue: in "strings declared ... can not extend",
        // the "not" denies "extend", not "declared".
        const denies = !o.polarityFlip || (r.negated ? r.afterCue : a.afterCue);
        if (o.polarityFlip && denies && !p.target.inQuestion && !info.ambivalent.has(r.key)) o.deniedEvidence++;
        if (o.polarityFlip && a.negated && !p.target.inQuestion && !info.ambivalent.has(r.key) && deniesExistence(answer, a.clause)) o.deniedThing = true;
        // The tagger often misreads one side ("Pod IPs change" as a noun), so either side may show the predicate.
        if ((isPredicate(reference, p.target.index) || isPredicate(answer, p.answerIndex)) && denies) o.predicate = true;
      }
    }
    byAnswer.set(a.clause, o);
    overlaps.set(r.clause, byAnswer);
  }
  return overlaps;
}

/**
 * "CPU is a poor proxy" vs "CPU is a good proxy": an opposite adjective in a
 * predicate noun (after "is a"), of a noun the answer clause also uses. Not
 * any opposite modifier: "the negative terminal" names another terminal, it
 * does not deny "the positive terminal".
 */
function modifiesSharedNoun(reference: readonly TToken[], i: number, answer: readonly TToken[], answerClause: number): boolean {
  const det = reference[i - 1];
  const copula = reference[i - 2];
  if (!det || det.pos !== "DET" || !copula || copula.pos !== "AUX") return false;
  const next = reference[i + 1];
  if (!next || next.clause !== reference[i]!.clause || !next.isContent || !MODIFIED.has(next.pos)) return false;
  return answer.some((t) => t.clause === answerClause && t.key === next.key);
}

/** A verb, or an adjective/adverb used predicatively ("stay trustworthy"), not attributively ("base case"). */
function isPredicate(tokens: readonly TToken[], i: number): boolean {
  const t = tokens[i]!;
  if (t.pos === "VERB") return true;
  if (t.pos !== "ADJ" && t.pos !== "ADV") return false;
  const next = tokens[i + 1];
  return !(next && next.clause === t.clause && MODIFIED.has(next.pos));
}

const EXISTENCE = new Set(["exist"]);

/** "X doesn't exist", "X no longer exists": the clause denies its subject outright, not only what follows the "not". */
function deniesExistence(tokens: readonly TToken[], clause: number): boolean {
  return tokens.some((t) => t.clause === clause && t.afterCue && EXISTENCE.has(t.lemma));
}

/**
 * "A prototype does not include the body" against "The definition includes
 * the body" (the model answer's other clause is about the prototype): the
 * answer denies the claim of the other thing the model answer contrasts,
 * which agrees with it. True when the answer clause's subject names a thing
 * of another model-answer clause and nothing of the denied one.
 */
function deniedOfOther(reference: readonly TToken[], answer: readonly TToken[], refClause: number, answerClause: number): boolean {
  const indices = clauseIndices(answer, answerClause);
  const run = subjectOf(answer, indices);
  // A subject needs its verb: "rather than queue depth or p95 latency" is a list, and what it denies is the clause's.
  const last = run[run.length - 1];
  const verb = last === undefined ? undefined : indices.find((i) => i > last && VERBAL.has(answer[i]!.pos));
  if (verb === undefined) return false;
  const subject = run.map((i) => answer[i]!.key);
  const inClause = new Set(reference.filter((t) => t.clause === refClause && t.isContent).map((t) => t.key));
  if (subject.some((k) => inClause.has(k))) return false;
  if (subject.some((k) => reference.some((t) => t.clause !== refClause && t.isContent && t.key === k))) return true;
  // "switch Y is not in the same path as bulb A" against "Bulb A is still in a closed path": the denied clause's
  // subject stands after the answer's verb, so the answer speaks of another thing relative to it.
  const refSubject = new Set(subjectOf(reference, clauseIndices(reference, refClause)).map((i) => reference[i]!.key));
  return refSubject.size > 0 && indices.some((i) => i > verb && answer[i]!.isContent && refSubject.has(answer[i]!.key));
}

/** Token indices of one clause, in text order. */
function clauseIndices(tokens: readonly TToken[], clause: number): number[] {
  const out: number[] = [];
  tokens.forEach((t, i) => {
    if (t.clause === clause) out.push(i);
  });
  return out;
}
