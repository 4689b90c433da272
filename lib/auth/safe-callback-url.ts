/**
 * Where to go after signing in. next-auth passes the page asked for as an
 * absolute URL; only its path is kept, so a crafted ?callbackUrl can never
 * send anyone to another site.
 */
export function safeCallbackUrl(raw: unknown): string {
  if (typeof raw !== "string") return "/today";
  let target = raw;
  if (/^https?:\/\//i.test(raw)) {
    try {
      const u = new URL(raw);
      target = `${u.pathname}${u.search}${u.hash}`;
    } catch {
      return "/today";
    }
  }
  if (!target.startsWith("/") || target.startsWith("//") || target.startsWith("/\\")) return "/today";
  if (target.startsWith("/sign-in") || target.startsWith("/sign-up")) return "/today";
  return target;
}

/** `path` carrying a safe destination on to the next auth page; none when it is only the default. */
export function withCallback(path: string, raw: unknown): string {
  const target = safeCallbackUrl(raw);
  return target === "/today" ? path : `${path}?callbackUrl=${encodeURIComponent(target)}`;
}
