import type { TToken } from "./analyze-text";
import { groupByClause, subjectOf } from "./find-swapped-roles";
import { VERBAL } from "./pos-tags";

const CONTRAST_CUES = new Set(["not", "never"]);
/** Contrasts read per model answer: bounds the work. */
const MAX_CONTRASTS = 8;

/** "S is A, not B": the clause holding "not B", what S is (its subject's keys), and B's keys that the question does not give away. */
interface TContrast {
  clause: number;
  subject: Set<string>;
  denied: Set<string>;
}

/**
 * Model-answer contrasts the answer asserts the wrong side of: "An image is
 * a read-only recipe, not a running process" against "An image is the
 * running process" (it scored 99, `correct`; the fragment "not a running
 * process" has no verb or subject of its own, so the clause comparison
 * never read it as a claim about the image). The answer's clause must have
 * the same subject (a leading "it"/"they" stands for the subject said
 * before) and assert every word of B the question does not give away, with
 * no "not" of its own.
 */
export function findDeniedContrasts(reference: readonly TToken[], answer: readonly TToken[], questionKeys: ReadonlySet<string>): Set<number> {
  const out = new Set<number>();
  const contrasts = readContrasts(reference, questionKeys);
  if (contrasts.length === 0) return out;
  let last = new Set<string>();
  for (const clause of wordClauses(answer)) {
    const own = new Set(subjectOf(answer, clause).map((i) => answer[i]!.key));
    // "An image is not a recipe; it is a running process": "it" is the subject said before.
    const subject = own.size > 0 ? own : startsWithPronoun(answer, clause) ? last : own;
    if (own.size > 0) last = own;
    if (subject.size === 0) continue;
    const said = new Set(clause.map((i) => answer[i]!).filter((t) => t.isContent && !t.negated).map((t) => t.key));
    if (clause.some((i) => answer[i]!.isCue)) continue;
    for (const c of contrasts) {
      if (![...c.subject].some((k) => subject.has(k))) continue;
      if ([...c.denied].every((k) => said.has(k) && !subject.has(k))) out.add(c.clause);
    }
  }
  return out;
}

const PRONOUNS = new Set(["it", "they", "this", "these"]);

function startsWithPronoun(tokens: readonly TToken[], clause: readonly number[]): boolean {
  const first = clause.map((i) => tokens[i]!).find((t) => t.isWord);
  return first !== undefined && PRONOUNS.has(first.lower);
}

function readContrasts(reference: readonly TToken[], questionKeys: ReadonlySet<string>): TContrast[] {
  const out: TContrast[] = [];
  const clauses = wordClauses(reference);
  for (let n = 1; n < clauses.length && out.length < MAX_CONTRASTS; n++) {
    const fragment = clauses[n]!.map((i) => reference[i]!);
    const firstWord = fragment.find((t) => t.isWord);
    if (!firstWord || !CONTRAST_CUES.has(firstWord.lower) || fragment.some((t) => VERBAL.has(t.pos))) continue;
    const before = clauses[n - 1]!;
    if (reference[before[0]!]!.sentence !== firstWord.sentence) continue;
    const subject = new Set(subjectOf(reference, before).map((i) => reference[i]!.key));
    const denied = new Set(fragment.filter((t) => t.isContent && !questionKeys.has(t.key)).map((t) => t.key));
    if (subject.size > 0 && denied.size > 0) out.push({ clause: firstWord.clause, subject, denied });
  }
  return out;
}

/** The clauses that hold a word: a clause of punctuation only (", ") is none, so "before" is the clause really before. */
function wordClauses(tokens: readonly TToken[]): number[][] {
  return groupByClause(tokens).filter((c) => c.some((i) => tokens[i]!.isWord));
}
