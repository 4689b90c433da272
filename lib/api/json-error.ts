import type { z } from "zod";
import { apiJson } from "./json-response";

/** Every API error has the same JSON shape: { error: { code, message, fields? } }. */
export function jsonError(status: number, code: string, message: string, fields?: Record<string, string[]>) {
  return apiJson({ error: { code, message, ...(fields ? { fields } : {}) } }, status);
}

export function invalid(e: z.ZodError) {
  const fields: Record<string, string[]> = {};
  for (const i of e.issues) (fields[i.path.join(".") || "body"] ??= []).push(i.message);
  const first = e.issues[0];
  return jsonError(
    400,
    "invalid_request",
    first ? `${first.path.join(".") || "body"}: ${first.message}` : "invalid request",
    fields,
  );
}

export const unauthorized = () =>
  jsonError(
    401,
    "unauthorized",
    "Sign in, or send a personal API token as 'Authorization: Bearer dh_…' (Settings → API tokens).",
  );
