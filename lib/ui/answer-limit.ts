// The answer box's 5,000-character limit, said out loud: the browser's
// maxLength silently drops the end of a long paste, so the box shows a
// counter near the limit and says how much of a paste was left out.
import { count } from "./plural";

/** The same limit as the server's (MAX_ANSWER_CHARS; a unit test keeps them equal), without pulling the scorer into the page. */
export const ANSWER_LIMIT = 5_000;
/** The counter shows from here on. */
export const COUNTER_FROM = 4_500;

/** Characters of a paste the box cannot take: what is there, minus the selection it replaces, plus the paste, over the limit. */
export function cutByPaste(
  valueLength: number,
  selectionLength: number,
  pastedLength: number,
  limit = ANSWER_LIMIT,
): number {
  return Math.max(0, valueLength - selectionLength + pastedLength - limit);
}

export function cutMessage(cut: number, pasted: string): string {
  const kept = pasted.length - cut;
  const start = pasted.slice(kept, kept + 40).trim();
  return `Answers can be at most ${count(ANSWER_LIMIT, "character")}: the last ${count(cut, "character")} of what you pasted were left out (from “${start}…”).`;
}

export const counterText = (length: number) =>
  `${new Intl.NumberFormat("en-US").format(length)} / ${new Intl.NumberFormat("en-US").format(ANSWER_LIMIT)} characters`;
