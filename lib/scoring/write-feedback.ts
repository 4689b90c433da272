import type { TConcept, TVerdict } from "./types";

export interface TFeedbackInput {
  verdict: TVerdict;
  concepts: readonly TConcept[];
  reference: string;
  wrongAnswer: string | undefined;
  /** The model-answer sentence the answer is furthest from, when the judge found it wrong though on topic. */
  farthest: string | undefined;
  /** Only the beginning of a very long answer was read. */
  truncated?: boolean;
}

/** One sentence that says what was judged and why, naming the misconception when it applies. */
export function writeFeedback(f: TFeedbackInput): string {
  const text = feedbackFor(f);
  return f.truncated ? `${text} (Only the beginning of this long answer was scored.)` : text;
}

function feedbackFor(f: TFeedbackInput): string {
  const missed = f.concepts.filter((c) => !c.matched).map((c) => c.text);
  const matched = f.concepts.filter((c) => c.matched).map((c) => c.text);
  switch (f.verdict) {
    case "empty":
      return `No answer given; the model answer is: ${quote(f.reference)}`;
    case "common-wrong-answer":
      return `This is the common wrong answer: ${quote(f.wrongAnswer ?? "")} — it misses the actual reason: ${lowerFirst(firstSentence(f.reference))}`;
    default:
      break;
  }
  // On topic yet judged wrong: most often it says something else about the same things; quote what it should have said.
  if (f.verdict === "incorrect" && f.farthest && matched.length > 0)
    return `Not quite: your answer uses the right terms but does not say what the model answer says: ${quote(f.farthest)}`;
  if (f.verdict === "correct") {
    return missed.length === 0
      ? `Correct: you covered every key point (${list(matched)}).`
      : `Correct; for a complete answer also mention ${list(missed)}.`;
  }
  if (f.verdict === "partial") return `Partly right: you covered ${list(matched)}, but missed ${list(missed)}.`;
  return matched.length === 0
    ? `Not quite: the key points are ${list(missed)}.`
    : `Not quite: you touched on ${list(matched)}, but the key points are ${list(missed)}.`;
}

function list(items: readonly string[], max = 4): string {
  const shown = items.slice(0, max).map((s) => `"${s}"`);
  if (items.length > max) shown.push("…");
  if (shown.length <= 1) return shown[0] ?? "nothing specific";
  return `${shown.slice(0, -1).join(", ")} and ${shown[shown.length - 1]}`;
}

/** A quotation that ends its sentence (or, with `mark`, is followed by it): `"Digests point to one exact artifact."`. */
function quote(s: string, mark = "."): string {
  return `"${s.trim().replace(/[.,;:\s]+$/, "")}${mark}"`.replace(/([.!?])[.,]"$/, '$1"');
}

function firstSentence(s: string): string {
  const m = /^(.+?[.!?])(\s|$)/.exec(s.trim());
  return (m?.[1] ?? s).trim();
}

function lowerFirst(s: string): string {
  return /^[A-Z][a-z]/.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s;
}
