/** "I don't know" and its kin: nothing to grade, the same as nothing typed. */
const DONT_KNOW =
  /^(i\s*(do\s*not|don'?t|dont)\s*know|idk|no\s*idea|no\s*answer|not\s*sure|dunno|pass|skip|\?+|n\/?a)[.!?\s]*$/i;

export function isBlank(answer: string): boolean {
  const trimmed = answer.trim();
  // Length first: the pattern backtracks on long runs of "?", and no "I don't know" is long.
  return trimmed === "" || (trimmed.length <= 40 && DONT_KNOW.test(trimmed));
}
