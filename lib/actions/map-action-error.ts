import type { z } from "zod";
import { DomainError } from "@/lib/errors/domain-error";
import type { TActionFailure, TFieldErrors } from "./action-result";

/** zod issues → field errors keyed by the dotted path (the form's input names). */
export function fieldErrorsOf(e: z.ZodError): TFieldErrors {
  const fields: TFieldErrors = {};
  for (const i of e.issues) (fields[i.path.join(".") || "form"] ??= []).push(i.message);
  return fields;
}

/** The one place errors become what the user reads. Unknown errors are logged, never shown. */
export function mapActionError(e: unknown): TActionFailure {
  if (e instanceof DomainError)
    return { ok: false, code: e.code, error: e.message, ...(e.fields ? { fields: e.fields } : {}) };
  console.error("server action failed", e);
  return { ok: false, code: "server", error: "Something went wrong on our side. Nothing was saved; try again." };
}
