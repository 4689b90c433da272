/**
 * A small JSON API answer. no-transform: Next gzips every response whatever its
 * size, and setting up zlib for a few hundred bytes cost ~1 ms per request
 * (measured by `npm run bench:reviews`); no-store: it is per user and live.
 */
export function apiJson(body: unknown, status: number, headers: Record<string, string> = {}) {
  return Response.json(body, { status, headers: { "cache-control": "no-store, no-transform", ...headers } });
}
