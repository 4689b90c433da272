import type { TToken } from "./analyze-text";
import type { TAlignment } from "./align-answer";
import { findSwappedRoles } from "./find-swapped-roles";

// Ways an answer that uses the wrong answer's words says the opposite of it (see matchWrongAnswer).

/** Words that make a claim restrictive: "only for making Dockerfiles look advanced". */
const RESTRICTIVE = new Set(["only", "just", "merely", "simply", "purely", "solely"]);

/**
 * Sentences that say a restrictive wrong answer falls short ("They're more
 * than a way to make a Dockerfile look advanced" against "They are only for
 * making Dockerfiles look advanced"): "more than" before a wrong-answer word
 * of its clause rejects it, as "not just" does.
 */
export function outgrown(wrong: readonly TToken[], answer: readonly TToken[], alignment: TAlignment): number[] {
  if (!wrong.some((t) => RESTRICTIVE.has(t.lower))) return [];
  // Last strongly matched answer word per clause: one pass over the pairs, then one over the answer.
  const lastMatch = new Map<number, number>();
  for (const p of alignment.pairs) {
    const clause = answer[p.answerIndex]!.clause;
    if (p.strength >= 0.75 && p.answerIndex > (lastMatch.get(clause) ?? -1)) lastMatch.set(clause, p.answerIndex);
  }
  const found: number[] = [];
  for (let i = 0; i + 1 < answer.length; i++) {
    if (answer[i]!.lower === "more" && answer[i + 1]!.lower === "than" && (lastMatch.get(answer[i]!.clause) ?? -1) > i + 1) found.push(answer[i]!.sentence);
  }
  return found;
}

/**
 * The answer gives each of two wrong-answer subjects the other's predicate
 * ("Liveness restarts the container, readiness just takes it out of the load
 * balancer" against "Readiness restarts the container, and liveness just
 * takes it out of the load balancer"): it asserts the opposite pairing, which
 * is the model answer's when the misconception is a swap. One swap alone is
 * not enough: a clause opening with a verb ("Raise the interval") can look
 * like one.
 */
export function swapsBack(wrong: readonly TToken[], answer: readonly TToken[], alignment: TAlignment): boolean {
  const swaps = findSwappedRoles(wrong, answer, alignment).map((s) => [s.usedSubject.toLowerCase(), s.expectedSubject.toLowerCase()] as const);
  return swaps.some(([used, expected]) => swaps.some(([u, e]) => u === expected && e === used));
}

/**
 * Opposite polarity where a cue governs the word on one side: the word
 * follows the cue ("isn't enough"), or precedes a cue that negates the
 * clause's verb ("Session affinity doesn't explain it", "turning affinity off
 * changes nothing"). A word before a cue that only opens a complement ("the
 * team is careful never to overwrite them") is not what the clause denies,
 * so it still agrees.
 * "zero X" says "no X" ("zero downtime" = "there's no downtime").
 */
export function opposed(wrong: readonly TToken[], wrongIndex: number, answer: readonly TToken[], answerIndex: number): boolean {
  if (wrong[wrongIndex]!.polarityUnsure || answer[answerIndex]!.polarityUnsure) return false;
  const a = polarity(wrong, wrongIndex);
  const b = polarity(answer, answerIndex);
  return a.negated !== b.negated && (a.governed || b.governed);
}

/** Before a cue, these make it open a complement or a second predicate ("… and never re-pushes them") rather than negate the clause. */
const COMPLEMENT_OPENERS = new Set(["ADJ", "ADP", "PART", "SCONJ", "CCONJ"]);

function polarity(tokens: readonly TToken[], i: number): { negated: boolean; governed: boolean } {
  const word = tokens[i]!;
  if (tokens[i - 1]?.lower === "zero" && !word.negated) return { negated: true, governed: true };
  return { negated: word.negated, governed: governed(tokens, i) };
}

function governed(tokens: readonly TToken[], i: number): boolean {
  const word = tokens[i]!;
  if (word.afterCue) return true;
  if (!word.negated) return false;
  // The clause's next cue; bounded by the clause, so linear in the words passed.
  for (let j = i + 1; j < tokens.length && tokens[j]!.clause === word.clause; j++) {
    if (!tokens[j]!.isCue) continue;
    // A cue after a verb negates the clause's claim ("doesn't", "won't", "changes nothing"); after an adjective, a
    // preposition or "and" it opens a complement ("careful never to", "about not overwriting", "and never re-pushes
    // them"); "there's no X" denies X only.
    // (By what precedes it, not by "is it after a verb": the tagger reads "changes nothing" as a noun.)
    return !COMPLEMENT_OPENERS.has(tokens[j - 1]!.pos) && tokens[j - 2]?.lower !== "there";
  }
  return false;
}

const NO_WORDS = new Set(["no", "nope", "nah", "not"]);
/** "…? not sure" / "…? no idea" doubts the question, it does not answer it. */
const UNSURE = new Set(["sure", "idea", "clue", "certain"]);

/**
 * Sentences the answer asks and then answers "no" to ("Read-only by default?
 * No, containers can write …"): a rhetorical question quoting the
 * misconception rejects it. One pass over the answer.
 */
export function answeredNo(answer: readonly TToken[]): number[] {
  const found: number[] = [];
  for (let i = 0; i + 1 < answer.length; i++) {
    const t = answer[i]!;
    if (t.text === "?" || t.text.endsWith("?")) {
      const [next, after] = answer.slice(i + 1, i + 5).filter((n) => n.isWord);
      if (next && next.sentence !== t.sentence && NO_WORDS.has(next.lower) && !UNSURE.has(after?.lower ?? "")) found.push(t.sentence);
    }
  }
  return found;
}
