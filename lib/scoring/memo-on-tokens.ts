import type { TToken } from "./analyze-text";

/**
 * `read` memoized per token array. A card's model-answer tokens are one
 * array for as long as the card stays in prepareReference's cache, so what
 * a stage reads from the model answer alone is read once per card, not once
 * per answer; the entry goes with the array.
 */
export function memoOnTokens<T>(read: (tokens: readonly TToken[]) => T): (tokens: readonly TToken[]) => T {
  const memo = new WeakMap<readonly TToken[], T>();
  return (tokens) => {
    if (memo.has(tokens)) return memo.get(tokens)!;
    const value = read(tokens);
    memo.set(tokens, value);
    return value;
  };
}
