import type { TToken } from "./analyze-text";

const PREDICATE_POS = new Set(["VERB", "ADJ"]);
/** A condition or hedge makes the claim conditional ("encrypted only if you configure it"): no plain yes or no. */
const CONDITIONS = new Set(["if", "unless", "only", "when", "once", "until", "after", "optionally", "but", "can", "could", "may", "might", "depends", "sometimes"]);

/**
 * The yes or no an answer gives to a yes/no question without saying the
 * word: "They are encrypted by default in etcd" answers "Are Secrets
 * encrypted?" with yes, "They're not encrypted" with no. Read from the first
 * sentence: the first verb or adjective of the question's predicate it
 * repeats, asserted or negated; undefined when that sentence makes it
 * conditional or hedges it ("encrypted only if …", "it depends").
 */
export function impliedYesNo(question: readonly TToken[], answer: readonly TToken[]): "yes" | "no" | undefined {
  const predicate = new Set(question.filter((t) => t.isContent && PREDICATE_POS.has(t.pos)).map((t) => t.key));
  if (predicate.size === 0) return undefined;
  const sentence = answer.find((t) => t.isWord)?.sentence;
  const first = answer.filter((t) => t.sentence === sentence);
  if (first.some((t) => CONDITIONS.has(t.lower))) return undefined;
  const said = first.find((t) => t.isContent && PREDICATE_POS.has(t.pos) && predicate.has(t.key));
  if (!said || said.polarityUnsure) return undefined;
  return said.negated ? "no" : "yes";
}
