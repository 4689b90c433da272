import type { TToken } from "./analyze-text";
import type { TAlignment } from "./align-answer";
import { VERBAL } from "./pos-tags";

export interface TSwap {
  /** Model-answer clause whose predicate the answer gave to the wrong subject. */
  clause: number;
  /** The subject the answer used (as typed) and the one the model answer uses. */
  usedSubject: string;
  expectedSubject: string;
  /** Found by swapped pairings of things, where neither word need be a subject: feedback quotes the claim without naming "who". */
  pairing?: true;
}

/** A clause opening with these continues a list ("compilers, test tools, and temporary artifacts"). */
const LIST_JOINERS = new Set(["and", "or", "nor"]);
/** A strong match (exact, lexicon, typo, synonym): looser matches prove no role. */
const MIN_STRENGTH = 0.7;

/**
 * Finds predicates attached to the wrong subject: "tags point to one exact
 * artifact, digests can move" uses every word of "digests point to one exact
 * artifact ... tags can move", but swaps who does what.
 *
 * A clause's subject is its leading run of content words (see `subjectOf`).
 * An answer clause is swapped when (1) a word of its subject is the subject
 * of one model-answer clause X, (2) its predicate words all come from a
 * different clause H with a subject of its own, (3) H never mentions that
 * word, and (4) H's subject is not in the answer's subject. Clauses that
 * start with a pronoun, or with a list conjunction and no verb, have no subject here, so "VMs
 * are heavier" is not checked against "... but they are heavier".
 */
export function findSwappedRoles(reference: readonly TToken[], answer: readonly TToken[], alignment: TAlignment): TSwap[] {
  const refClauses = groupByClause(reference);
  const refSubjects = new Map<number, TToken[]>();
  const refKeys = new Map<number, Set<string>>();
  for (const clause of refClauses) {
    const c = reference[clause[0]!]!.clause;
    refSubjects.set(c, subjectOf(reference, clause).map((i) => reference[i]!));
    refKeys.set(c, new Set(clause.map((i) => reference[i]!).filter((t) => t.isContent).map((t) => t.key)));
  }
  const clausesOf = new Map<number, Set<number>>();
  const strengthOf = new Map<number, number>();
  for (const a of alignment.targets) {
    if (a.answerIndex < 0 || a.strength < MIN_STRENGTH || a.contradicted) continue;
    const set = clausesOf.get(a.answerIndex) ?? new Set<number>();
    set.add(a.target.token.clause);
    clausesOf.set(a.answerIndex, set);
    strengthOf.set(a.answerIndex, Math.max(strengthOf.get(a.answerIndex) ?? 0, a.strength));
  }
  const swaps: TSwap[] = [];
  for (const clause of groupByClause(answer)) {
    const subject = subjectOf(answer, clause);
    const predicate = clause.filter((i) => i > (subject[subject.length - 1] ?? Infinity) && clausesOf.has(i));
    const home = predicateHome(predicate.map((i) => clausesOf.get(i)!));
    const homeSubject = home === undefined ? [] : refSubjects.get(home) ?? [];
    if (home === undefined || homeSubject.length === 0) continue;
    if (predicate.length === 1 && !isSolePredicate(answer[predicate[0]!]!, strengthOf.get(predicate[0]!) ?? 0)) continue;
    const predicateClauses = new Set(predicate.flatMap((i) => [...clausesOf.get(i)!]));
    const subjectKeys = new Set(subject.map((i) => answer[i]!.key));
    const expected = homeSubject.find((t) => !subjectKeys.has(t.key));
    if (!expected) continue;
    // "A constructor initializes an object" against "… whenever an object is created": the answer relates its
    // subject to the home clause's subject, it does not take its place. Not "Containers isolate harder than VMs".
    if (namesAsObject(answer, clause, subject, headOf(homeSubject, expected))) continue;
    for (const i of subject) {
      const word = answer[i]!;
      // The subject's own clause must get none of the predicate: otherwise the answer clause merges two claims.
      const subjectElsewhere = [...(clausesOf.get(i) ?? [])].some(
        (c) => c !== home && !predicateClauses.has(c) && refSubjects.get(c)?.some((t) => t.key === word.key),
      );
      if (!subjectElsewhere || refKeys.get(home)?.has(word.key)) continue;
      swaps.push({ clause: home, usedSubject: word.text, expectedSubject: expected.text });
      break;
    }
  }
  return swaps;
}

/** Token indices per clause, in text order. */
export function groupByClause(tokens: readonly TToken[]): number[][] {
  const groups = new Map<number, number[]>();
  tokens.forEach((t, i) => {
    const g = groups.get(t.clause) ?? [];
    g.push(i);
    groups.set(t.clause, g);
  });
  return [...groups.values()];
}

/**
 * Leading run of content words, stopping at a verb after the first word. If
 * no verb follows the run, its last word is taken to be the verb (the tagger
 * reads "Digests point to ..." as verb + noun). Empty when a pronoun, verb or
 * conjunction comes first, or when a lone noun has no verb after it.
 */
export function subjectOf(tokens: readonly TToken[], clause: readonly number[]): number[] {
  const run: number[] = [];
  let k = 0;
  let joined = false;
  for (; k < clause.length; k++) {
    const t = tokens[clause[k]!]!;
    if (t.isContent) break;
    if (t.pos === "PRON" || VERBAL.has(t.pos)) return [];
    if (LIST_JOINERS.has(t.lower)) joined = true;
  }
  for (; k < clause.length; k++) {
    const t = tokens[clause[k]!]!;
    if (!t.isContent || (run.length > 0 && VERBAL.has(t.pos))) break;
    run.push(clause[k]!);
  }
  // "new ones get traffic": "ones" points back to a noun said before, like a pronoun.
  if (run.some((i) => tokens[i]!.lower === "ones")) return [];
  const rest = clause.slice(k);
  const verbFollows = rest.some((i) => VERBAL.has(tokens[i]!.pos));
  // "…, and an SLO is the internal target" is a clause of its own; "…, and temporary artifacts" is a list item.
  if (joined) return verbFollows ? run : [];
  if (verbFollows) return run;
  // A lone noun with no verb after it heads a fragment ("The address of the location in memory"): no claim, so no role.
  if (run.length < 2) return [];
  // "Give Pods a readiness probe": a base-form verb first, with no verb after it, is an imperative; it has no subject.
  // ("Digests point to …", which the tagger reads as verb + noun, starts with an inflected form.)
  const first = tokens[run[0]!]!;
  if (first.pos === "VERB" && first.lemma === first.lower) return [];
  run.pop();
  return run;
}

/** Predicate parts of speech that can carry a claim on their own ("digests can *move*"). */
const CLAIM_POS = new Set(["VERB", "ADJ", "ADV"]);
/** Exact, lexicon or typo match: a synonym of one common verb ("go" for "belongs") is too loose to prove a role alone. */
const SOLE_STRENGTH = 0.9;

/**
 * A one-word predicate proves a role only as a verb or adjective matched
 * closely: one shared noun ("the function terminates in the *program*") is
 * a setting, not the other clause's claim.
 */
function isSolePredicate(word: TToken, strength: number): boolean {
  return CLAIM_POS.has(word.pos) && strength >= SOLE_STRENGTH;
}

/** PREDICATE_MAJORITY: share of predicate words that must come from one model-answer clause. */
const PREDICATE_MAJORITY = 0.75;

/** The model-answer clause that most predicate words can come from, if it holds a clear majority. */
function predicateHome(sets: readonly ReadonlySet<number>[]): number | undefined {
  const counts = new Map<number, number>();
  for (const s of sets) for (const c of s) counts.set(c, (counts.get(c) ?? 0) + 1);
  const ranked = [...counts].sort((x, y) => y[1] - x[1]);
  const [first, second] = ranked;
  if (!first || first[1] < PREDICATE_MAJORITY * sets.length || (second && second[1] === first[1])) return undefined;
  return first[0];
}

/**
 * The words that name the home clause's subject: the one the answer lacks, and
 * the head of a two-word subject ("base case", "function definition"). A longer
 * run may have swallowed a verb the tagger read as a noun ("SLI measures user").
 */
function headOf(homeSubject: readonly TToken[], expected: TToken): Set<string> {
  const keys = new Set([expected.key]);
  const last = homeSubject[homeSubject.length - 1];
  if (last && homeSubject.length <= 2) keys.add(last.key);
  return keys;
}

/** Comparison words: the noun after them is the other side, whose place the subject takes. */
const COMPARED = new Set(["than", "over", "unlike", "like"]);

/** A word of the home clause's subject stands in the answer clause's predicate, not as the other side of a comparison. */
function namesAsObject(answer: readonly TToken[], clause: readonly number[], subject: readonly number[], keys: ReadonlySet<string>): boolean {
  const after = subject[subject.length - 1] ?? Infinity;
  let compared = false;
  for (const i of clause) {
    if (i <= after) continue;
    const t = answer[i]!;
    if (COMPARED.has(t.lower)) compared = true;
    if (t.isContent && keys.has(t.key) && !compared) return true;
  }
  return false;
}
