import type { TToken } from "./analyze-text";
import { isKnownWord } from "./is-known-word";

const FOCUS_WORDS = new Set(["only", "just", "merely", "simply", "solely"]);
/** "It's not true that X", "that's not the reason": the cue's clause says nothing itself, so it denies X. */
const EMPTY_PREDICATES = new Set(["true", "case", "correct", "right", "reason", "point", "only", "really", "necessarily"]);
/**
 * Verbs that deny their complement ("avoids making copies" = "does not make
 * copies"). The set is open-ended (eliminate, skip, spare...), so a clause
 * holding one is marked unsure rather than negated: neither side of a
 * comparison with it may be called a contradiction.
 */
const NEGATIVE_VERBS = new Set(["avoid", "prevent", "lack", "fail", "refuse", "stop", "eliminate", "remove", "skip", "spare", "save", "reduce", "omit", "exclude", "forbid", "block", "deny", "miss", "lose", "ignore", "unless"]);

/**
 * Marks every token of a negated clause. Polarity is decided per clause (negated
 * if it holds a negation cue) rather than by a forward scope, because
 * negation in real answers attaches to the claim, not to the words after the
 * cue: "the base case is not included" and "no base case" say the same.
 *
 * - A clause holding only a cue and function words ("it's not just | because
 *   containers are newer") passes its polarity on to the next clause.
 * - "not only X but (also) Y" asserts X, so that cue does not count.
 * - "rather than X", "instead of X" and "without X" deny X only: they open a
 *   new, negated clause.
 * - Implicit negation ("avoids", "unlimited") makes the clause unsure.
 */
export function markNegation(tokens: TToken[]): void {
  const cueCount = new Map<number, number>();
  const hasContent = new Set<number>();
  const unsure = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (isCue(tokens, i)) cueCount.set(t.clause, (cueCount.get(t.clause) ?? 0) + 1);
    else if (t.isContent && !EMPTY_PREDICATES.has(t.lower)) hasContent.add(t.clause);
    if (negatesImplicitly(t)) unsure.add(t.clause);
  }
  let carry = 0;
  let prev: TToken | undefined;
  let cueSeen = false;
  tokens.forEach((t, i) => {
    if (prev && prev.clause !== t.clause) {
      carry = !hasContent.has(prev.clause) && prev.sentence === t.sentence ? carry + (cueCount.get(prev.clause) ?? 0) : 0;
      cueSeen = carry > 0;
    }
    if (isCue(tokens, i)) cueSeen = true;
    // Any cue negates the clause: stacked cues in answers are lists ("no base case, no change"), not double negatives.
    t.negated = (cueCount.get(t.clause) ?? 0) + carry > 0;
    t.afterCue = t.negated && cueSeen;
    t.polarityUnsure = unsure.has(t.clause);
    prev = t;
  });
  releaseCoordinatedPredicates(tokens);
}

/**
 * "PSP was removed in 1.25 and replaced by Pod Security Admission": the
 * implicit negation of "removed" does not reach a second predicate joined by
 * "and"/"or"/"but" + verb, which keeps its own (sure) polarity.
 */
function releaseCoordinatedPredicates(tokens: TToken[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.polarityUnsure || !(t.lower === "and" || t.lower === "or" || t.lower === "but") || tokens[i + 1]?.pos !== "VERB") continue;
    const clause = t.clause;
    let j = i;
    for (; j < tokens.length && tokens[j]!.clause === clause; j++) {
      const w = tokens[j]!;
      if (j > i && (NEGATIVE_VERBS.has(w.lemma) || isNegatedAdjective(w))) break;
      w.polarityUnsure = false;
    }
  }
}

/** "avoids", "unlimited": a word that negates its clause without a cue (the clause is then marked unsure). */
export function negatesImplicitly(t: TToken): boolean {
  return NEGATIVE_VERBS.has(t.lemma) || isNegatedAdjective(t);
}

export function isCue(tokens: readonly TToken[], i: number): boolean {
  const t = tokens[i]!;
  if (t.isCue) return !isNotOnlyBut(tokens, i);
  return opensDenial(tokens, i);
}

function isNotOnlyBut(tokens: readonly TToken[], i: number): boolean {
  const next = tokens[i + 1];
  if (!next || !FOCUS_WORDS.has(next.lower)) return false;
  for (let j = i + 2; j < tokens.length && tokens[j]!.sentence === tokens[i]!.sentence; j++) {
    if (tokens[j]!.lower === "but") return true;
  }
  return false;
}

/** "rather than" / "instead of": the cue is the second word, which starts a clause (see analyzeText). */
function opensDenial(tokens: readonly TToken[], i: number): boolean {
  const t = tokens[i]!.lower;
  const prev = tokens[i - 1]?.lower;
  return (t === "than" && prev === "rather") || (t === "of" && prev === "instead");
}

/** "unlimited", "inconsistent", "nonblocking": a negating prefix on a real adjective. */
function isNegatedAdjective(t: TToken): boolean {
  if (t.pos !== "ADJ") return false;
  const m = /^(un|in|im|non|dis)([a-z]{4,})$/.exec(t.lower);
  return m !== null && isKnownWord(m[2]!);
}
