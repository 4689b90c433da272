// The address a request came from, for rate limits. X-Forwarded-For is only
// believed as far as TRUST_PROXY_HOPS says there are proxies of ours in
// front: anything further left was written by the client.

/** Set on every request from the socket by lib/net/stamp-peer-address.ts; a client's own value is overwritten. */
export const PEER_HEADER = "x-deckhand-peer";

export function clientAddress(headers: Headers, trustProxyHops: number): string {
  const peer = headers.get(PEER_HEADER)?.trim() || "";
  if (trustProxyHops <= 0) return peer || "unknown";
  // The hop chain as the nearest proxy saw it, the socket peer last. With n
  // proxies of ours, the last n entries are theirs; the one before them is
  // the first address no one of ours vouches for being spoofed.
  const chain = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  if (peer) chain.push(peer);
  if (!chain.length) return "unknown";
  return chain[Math.max(0, chain.length - 1 - trustProxyHops)]!;
}
