// The page CSP, built per request by proxy.ts with a fresh nonce: scripts run
// only if Next rendered them with that nonce ('strict-dynamic' lets them load
// the chunks they import). Inline style *attributes* (React's style={…}) need
// 'unsafe-inline' in style-src; styles cannot run code, scripts are what matter.
export type TCspOptions = { dev: boolean; https: boolean; github: boolean };

export function contentSecurityPolicy(nonce: string, o: TCspOptions): string {
  const directives = [
    "default-src 'self'",
    // Dev mode's fast refresh evaluates code; production never does.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${o.dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    `connect-src 'self'${o.dev ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    // The GitHub sign-in form is answered with a redirect to github.com, which form-action also governs.
    `form-action 'self'${o.github ? " https://github.com" : ""}`,
    "frame-ancestors 'none'",
    ...(o.https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** 128 random bits, base64: what a CSP nonce must be (unguessable, new per response). */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
