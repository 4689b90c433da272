// The one result every server action returns; client components switch on `ok`.
export type TFieldErrors = Record<string, string[]>;
export type TActionErrorCode = "unauthorized" | "invalid" | "not_found" | "forbidden" | "conflict" | "rate_limited" | "server";

export type TActionFailure = {
  ok: false;
  code: TActionErrorCode;
  error: string;
  fields?: TFieldErrors;
  /** What the form held, so a form shows what was typed rather than the old values. */
  values?: Record<string, string>;
};
export type TActionResult<T> = { ok: true; data: T } | TActionFailure;

/** Thrown by domain code for a failure the user should read; anything else becomes a generic "server" error. */
export class ActionError extends Error {
  constructor(public code: Exclude<TActionErrorCode, "server">, message: string, public fields?: TFieldErrors) {
    super(message);
  }
}
