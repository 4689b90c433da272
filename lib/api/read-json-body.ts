import { jsonError } from "./json-error";

export const MAX_BODY_BYTES = 64 * 1024;

/**
 * The request's JSON body, or the error Response to send. Refuses by
 * Content-Length before reading, and stops reading past the cap when the
 * length is not declared (chunked), so a huge body costs nothing.
 */
export async function readJsonBody(
  request: Request,
  maxBytes = MAX_BODY_BYTES,
): Promise<{ body: unknown } | { error: Response }> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/([\w.+-]+\+)?json\b/i.test(type)) {
    return {
      error: jsonError(415, "unsupported_media_type", "Send the body as JSON with 'Content-Type: application/json'."),
    };
  }
  const declared = Number(request.headers.get("content-length") ?? NaN);
  if (declared > maxBytes) return { error: tooLarge(maxBytes) };
  const text = await readCapped(request, maxBytes);
  if (text === null) return { error: tooLarge(maxBytes) };
  try {
    return { body: JSON.parse(text) };
  } catch {
    return { error: jsonError(400, "invalid_json", "The request body must be JSON.") };
  }
}

const tooLarge = (max: number) =>
  jsonError(
    413,
    "body_too_large",
    `The request body is over ${max >= 1024 * 1024 ? `${max / 1024 / 1024} MB` : `${max / 1024} KB`}.`,
  );

/** The body as text, or null once it passes `maxBytes` (reading stops there). */
export async function readCapped(request: Request, maxBytes: number): Promise<string | null> {
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}
