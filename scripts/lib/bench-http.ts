// The HTTP side of the review benchmark: POST /api/reviews with personal
// tokens over keep-alive connections, noting the route's Server-Timing.
// Closed-loop rows go through autocannon (cheap client); paced rows, a few
// dozen requests a second, through fetch with a think time per client.
import crypto from "node:crypto";
import type { TBenchUser } from "./bench-db";
import { closedLoop } from "./bench-closed-loop";
import { runLoad, serverTimingParts, type TLoadOptions } from "./bench-load";

export const pick = <T>(xs: readonly T[]) => xs[Math.floor(Math.random() * xs.length)]!;
/** A review of a random card of the user's: random rating, fresh idempotency key, no expectedVersion. */
export const reviewInput = (u: TBenchUser) => ({
  cardId: pick(u.cardIds),
  rating: (1 + Math.floor(Math.random() * 4)) as 1 | 2 | 3 | 4,
  idempotencyKey: crypto.randomUUID(),
  durationMs: 1_000 + Math.floor(Math.random() * 20_000),
});

const reviewRequest = (u: TBenchUser) => ({
  method: "POST" as const,
  body: JSON.stringify(reviewInput(u)),
  headers: { authorization: `Bearer ${u.token}`, "content-type": "application/json" },
});

/** A keep-alive agent with one connection per client, from the undici inside Node's fetch. */
function keepAliveAgent(connections: number): unknown {
  const global = (globalThis as Record<symbol, { constructor: new (o: object) => unknown } | undefined>)[
    Symbol.for("undici.globalDispatcher.1")
  ];
  return global ? new global.constructor({ connections, keepAliveTimeout: 60_000, pipelining: 1 }) : undefined;
}

/** POST /api/reviews as user `u`; notes the route's Server-Timing parts (auth, review). */
async function postReview(url: string, u: TBenchUser, dispatcher: unknown, part: (name: string, ms: number) => void) {
  const res = await fetch(url, { ...reviewRequest(u), dispatcher } as RequestInit);
  const text = await res.text();
  serverTimingParts(res.headers.get("server-timing"), part);
  return res.ok ? null : `HTTP ${res.status}: ${text.slice(0, 400)}`;
}

/** `clients` loops posting reviews, client i as users[i]; with think time when thinkMs > 0. */
export async function httpLoad(baseUrl: string, users: TBenchUser[], clients: number, o: TLoadOptions, thinkMs = 0) {
  const dispatcher = keepAliveAgent(clients);
  const url = `${baseUrl}/api/reviews`;
  // Untimed: the first requests load the route's modules (seconds), and every token gets its lastUsedAt.
  for (const u of users.slice(0, clients)) await postReview(url, u, dispatcher, () => {});
  if (thinkMs === 0) return closedLoop(url, clients, o, (i) => reviewRequest(users[i]!));
  return runLoad(clients, o.warmupMs, o.measureMs, (i, part) => postReview(url, users[i]!, dispatcher, part), thinkMs);
}

/** The floor: GET /api/health (no database, no auth) on the same server at the same concurrency. */
export async function floorLoad(baseUrl: string, clients: number, o: TLoadOptions) {
  return closedLoop(`${baseUrl}/api/health`, clients, o, () => ({ method: "GET", headers: {} }));
}
