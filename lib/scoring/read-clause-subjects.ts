import type { TToken } from "./analyze-text";
import { stateWords } from "./read-state-poles";

/**
 * Per clause, the names of what it is about: the nouns before its first
 * verb ("*Switch Y and bulb A* are not in …"); "there is a bulb in …" is about
 * the bulb, "there is a closed path" about the state (no name). A noun with a label after it ("bulb A",
 * "terminal 1", "switch x") is one name, so "switch X" is not "switch Y".
 * State nouns ("no gap") and pronouns ("it", "they") name nothing: a clause
 * without a name may be about anything.
 */
export function clauseSubjects(tokens: readonly TToken[]): Map<number, Set<string>> {
  const out = new Map<number, Set<string>>();
  const done = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (done.has(t.clause)) continue;
    const isThere = t.lower === "there" && tokens[i + 1]?.lemma === "be" && tokens[i + 1]!.clause === t.clause;
    // "there is no closed path" is about the path itself: any clause speaks to it; "there is a bulb in it" about the bulb.
    if (isThere) {
      out.delete(t.clause);
      done.add(t.clause);
      thereSubject(tokens, i + 2, out);
      continue;
    }
    // "switch Y is …": a word with a label is a name, whatever the tagger made of it.
    if ((t.pos === "VERB" && !isLabel(tokens, i + 1)) || t.pos === "AUX" || t.isCue) {
      done.add(t.clause);
      continue;
    }
    addName(tokens, i, out);
  }
  // "Switch Y | and bulb A are …": a subject split at its "and" is one subject.
  const firstOf = new Map<number, TToken>();
  for (const t of tokens) if (!firstOf.has(t.clause)) firstOf.set(t.clause, t);
  for (const [c, names] of [...out]) {
    if (done.has(c)) continue;
    out.delete(c);
    const next = out.get(c + 1);
    if (next && firstOf.get(c + 1)?.pos === "CCONJ") for (const n of names) next.add(n);
  }
  // A clause with no verb ("no gap between them") has no subject that can be told apart.
  return out;
}

/** "there is a bulb in the closed path" is about the bulb: the noun right after "there is", unless it is the state or what the state describes ("a closed path", "no gap"). */
function thereSubject(tokens: readonly TToken[], from: number, out: Map<number, Set<string>>): void {
  for (let j = from; j < tokens.length && j < from + 4 && tokens[j]!.clause === tokens[from - 2]!.clause; j++) {
    const u = tokens[j]!;
    if (stateWords(u).length > 0 || u.isCue) return;
    if (u.pos === "NOUN" || u.pos === "PROPN") return addName(tokens, j, out);
    if (!(u.pos === "DET" || u.pos === "ADV" || u.pos === "NUM")) return;
  }
}

function addName(tokens: readonly TToken[], i: number, out: Map<number, Set<string>>): void {
  const t = tokens[i]!;
  // "bulbs A and C", "terminals 1 and 6": a label after "and" takes the first one's noun.
  const and = tokens[i - 1];
  if (/^(?:[a-z]|\d+)$/.test(t.lower) && and !== undefined && and.pos === "CCONJ" && i >= 3 && isLabel(tokens, i - 2)) {
    (out.get(t.clause) ?? out.set(t.clause, new Set()).get(t.clause)!).add(`${tokens[i - 3]!.key} ${t.lower}`);
    return;
  }
  if (!(t.pos === "NOUN" || t.pos === "PROPN" || (t.pos === "VERB" && isLabel(tokens, i + 1))) || isLabel(tokens, i) || stateWords(t).length > 0) return;
  const next = tokens[i + 1];
  const name = next !== undefined && next.clause === t.clause && isLabel(tokens, i + 1) ? `${t.key} ${next.lower}` : t.key;
  (out.get(t.clause) ?? out.set(t.clause, new Set()).get(t.clause)!).add(name);
}

/** "A" in "bulb A", "1" in "terminal 1": a single letter or a number right after a word labels it, unless a noun follows ("contains a bulb"). */
function isLabel(tokens: readonly TToken[], i: number): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  if (t === undefined || prev === undefined || prev.clause !== t.clause || !(prev.pos === "NOUN" || prev.pos === "PROPN" || prev.pos === "VERB")) return false;
  const next = tokens[i + 1];
  if (next !== undefined && next.clause === t.clause && (next.pos === "NOUN" || next.pos === "PROPN" || next.pos === "ADJ")) return false;
  return /^(?:[a-z]|\d+)$/.test(t.lower);
}

/** Both clauses name what they are about, and no name is shared: "switch Y is not in the path" says nothing of "bulb A is in a closed path". "the terminals" may be "terminal 1". */
export function aboutOtherThings(a: ReadonlySet<string> | undefined, b: ReadonlySet<string> | undefined): boolean {
  if (!a || !b || a.size === 0 || b.size === 0) return false;
  for (const x of a) for (const y of b) if (x === y || (!x.includes(" ") && y.startsWith(`${x} `)) || (!y.includes(" ") && x.startsWith(`${y} `))) return false;
  return true;
}
