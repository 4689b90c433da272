import type { TToken } from "./analyze-text";

/**
 * `read` memoized per object, held weakly: the entry goes with its key. For
 * what is read from a card alone (its prepared reference or its model-answer
 * tokens, one object each for as long as the card stays in
 * prepareReference's cache), so it is read once per card, not per answer.
 */
export function memoOn<K extends object, T>(read: (key: K) => T): (key: K) => T {
  const memo = new WeakMap<K, T>();
  return (key) => {
    if (memo.has(key)) return memo.get(key)!;
    const value = read(key);
    memo.set(key, value);
    return value;
  };
}

/** `read` memoized per token array (a card's model-answer tokens). */
export function memoOnTokens<T>(read: (tokens: readonly TToken[]) => T): (tokens: readonly TToken[]) => T {
  return memoOn(read);
}
