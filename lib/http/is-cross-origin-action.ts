/**
 * A server action POSTed from another site. Next refuses these itself, but
 * with a 500; the proxy answers 403 first. Compared as Next does: the
 * Origin's host against the host the request was sent to. No Origin (old
 * clients, same-origin tools) is left to Next.
 */
export function isCrossOriginAction(method: string, headers: Headers): boolean {
  if (method !== "POST" || !headers.has("next-action")) return false;
  const origin = headers.get("origin");
  if (origin === null) return false;
  const host = headers.get("x-forwarded-host") ?? headers.get("host");
  try {
    return new URL(origin).host !== host;
  } catch {
    return true; // "null" (sandboxed frames, file:) or garbage
  }
}
