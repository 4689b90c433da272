/** Only same-site paths: a crafted ?callbackUrl must not send people elsewhere. */
export function safeCallbackUrl(raw: unknown): string {
  if (typeof raw !== "string" || !raw.startsWith("/") || raw.startsWith("//") || raw.startsWith("/\\")) return "/today";
  if (raw.startsWith("/sign-in") || raw.startsWith("/sign-up")) return "/today";
  return raw;
}
