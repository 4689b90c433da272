// Wording the app puts on the scorer's feedback, kept outside lib/scoring.
// The scorer says "a list of keywords" whenever an answer is bare words; when
// none of those words is one of the question's key points ("blorp fnord
// zibble"), that is no keyword list of this topic, so say what it is.
import type { TConcept } from "@/lib/scoring/types";

const KEYWORD_LIST = /^That is a list of keywords rather than an explanation; say how they connect, e\.g\. /;

export function rewordFeedback(feedback: string, concepts: readonly TConcept[]): string {
  if (!KEYWORD_LIST.test(feedback) || concepts.some((c) => c.matched)) return feedback;
  return feedback.replace(KEYWORD_LIST, "That does not answer the question: none of its key points are there. The model answer: ");
}
