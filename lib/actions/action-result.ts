// The one result every server action returns; client components switch on `ok`.
import type { TErrorCode, TFieldErrors } from "@/lib/errors/domain-error";

export type { TFieldErrors };
export type TActionErrorCode = TErrorCode | "server";

export type TActionFailure = {
  ok: false;
  code: TActionErrorCode;
  error: string;
  fields?: TFieldErrors;
  /** What the form held, so a form shows what was typed rather than the old values. */
  values?: Record<string, string>;
};
export type TActionResult<T> = { ok: true; data: T } | TActionFailure;
