import { MAX_ANSWER_CHARS } from "./types";

/**
 * Thrown (never returned) for oversized answers: all three callers (CLI,
 * server action, JSON API) already have an error path, and a thrown error
 * cannot be mistaken for a real "incorrect" grade by a caller that forgets
 * to check a field.
 */
export class AnswerTooLongError extends Error {
  readonly code = "ANSWER_TOO_LONG";
  constructor(readonly length: number) {
    super(`Answer is too long: ${length} characters (maximum ${MAX_ANSWER_CHARS}). Shorten it and try again.`);
    this.name = "AnswerTooLongError";
  }
}
