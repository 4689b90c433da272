import type { TToken } from "./analyze-text";

const ALTERNATIVE = new Set(["or", "vs", "versus"]);
const REACH = 3;

/**
 * Keys of the options a question offers ("a compilation error or a run-time
 * error?", "by rows or by columns?", "array-based vs list-based"): up to three
 * content words on each side of "or"/"vs", within the sentence. An answer that
 * picks an option the model answer does not name has chosen wrong.
 */
export function findQuestionOptions(question: readonly TToken[]): Set<string> {
  const out = new Set<string>();
  question.forEach((t, i) => {
    if (!ALTERNATIVE.has(t.lower)) return;
    const sides = [-1, 1].map((dir) => {
      const keys = new Set<string>();
      for (let j = i + dir; j >= 0 && j < question.length && keys.size < REACH; j += dir) {
        const u = question[j]!;
        if (u.sentence !== t.sentence || (u.pos === "PUNCT" && u.lower !== "-")) break;
        if (u.isContent) keys.add(u.key);
      }
      return keys;
    });
    // "a compilation error or a run-time error": "error" is on both sides, what the options share, not an option.
    const [before, after] = [sides[0]!, sides[1]!];
    for (const k of before) if (!after.has(k)) out.add(k);
    for (const k of after) if (!before.has(k)) out.add(k);
  });
  return out;
}
