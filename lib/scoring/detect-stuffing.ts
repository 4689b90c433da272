import type { TToken } from "./analyze-text";
import { VERBAL } from "./pos-tags";

/** Below this share of function words, a run of 4+ content words reads as a list. */
const MAX_LIST_FUNCTION_SHARE = 0.15;
const MIN_LIST_WORDS = 4;
/** Content words in a row, with no punctuation or function word between, that read as a bag of terms. */
const MIN_BAG_RUN = 5;

/**
 * Keyword stuffing: the answer is a bag of the model answer's terms with no
 * claim tying them together (no verb, almost no function words), while the
 * model answer itself is a sentence. A model answer that is itself a list
 * ("Abstraction and reusability.") makes a list a fine answer, so it is
 * never called stuffing then.
 */
export function detectStuffing(reference: readonly TToken[], answer: readonly TToken[], text = ""): boolean {
  if (!isSentence(reference) || NOTE_MARKERS.test(text)) return false;
  const words = answer.filter((t) => t.isWord);
  const content = words.filter((t) => t.isContent);
  if (content.length < MIN_LIST_WORDS) return false;
  const functionShare = (words.length - content.length) / words.length;
  // Notes and lists have structure ("pods ephemeral -> local writes lost", "constant pointer to constant data, …"):
  // a bag of terms is a long run of content words with nothing between them, or bare terms between commas.
  const bag = longestContentRun(answer) >= MIN_BAG_RUN || (isPlainList(answer) && functionShare <= MAX_LIST_FUNCTION_SHARE);
  if (!bag) return false;
  const hasFiniteVerb = answer.some((t) => t.pos === "AUX") || hasVerbAfterNoun(answer);
  return functionShare <= MAX_LIST_FUNCTION_SHARE || (!hasFiniteVerb && functionShare < 0.3);
}

/**
 * Notes tie their words together with signs instead of verbs: "digest =
 * immutable -> trustworthy rollback", "taint + toleration", "cpu -> throttle,
 * mem -> OOMKill", "SLO: internal target", "w/ penalties", "net namespace /
 * one IP". A bag of keywords has none of them (a "/" inside a term such as
 * "HTTP/2" or "nvidia.com/gpu" is no sign).
 */
const NOTE_MARKERS = /->|=>|→|[^=!<>]=[^=]|\s\+\s|\w\+\w|\w:\s|\bw\/\s|\s\/\s|!=|\?\s/;

function isSentence(tokens: readonly TToken[]): boolean {
  const words = tokens.filter((t) => t.isWord);
  const content = words.filter((t) => t.isContent).length;
  return content >= 3 && (words.length - content) / Math.max(1, words.length) >= 0.25 && tokens.some((t) => VERBAL.has(t.pos));
}

/** A verb that follows some noun in its clause: a predicate, not a list item tagged as a verb. */
function hasVerbAfterNoun(tokens: readonly TToken[]): boolean {
  const seenNoun = new Set<number>();
  for (const t of tokens) {
    if (t.pos === "NOUN" || t.pos === "PROPN" || t.pos === "PRON") seenNoun.add(t.clause);
    else if (t.pos === "VERB" && seenNoun.has(t.clause)) return true;
  }
  return false;
}

/** Longest run of consecutive content tokens (an abbreviation's expansion counts once). */
function longestContentRun(tokens: readonly TToken[]): number {
  let best = 0;
  let run = 0;
  let group = -1;
  for (const t of tokens) {
    if (!t.isContent) run = 0;
    else if (t.group !== group) best = Math.max(best, ++run);
    group = t.group;
  }
  return best;
}

const LIST_PUNCT = new Set([",", ".", ";"]);

/** One sentence whose only marks are commas: no arrows, equals signs, slashes or brackets that make notes. */
function isPlainList(tokens: readonly TToken[]): boolean {
  return tokens.every((t) => t.isWord || LIST_PUNCT.has(t.text)) && new Set(tokens.map((t) => t.sentence)).size <= 1;
}
