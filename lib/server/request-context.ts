// What route code adds to its request's log line (scripts/lib/request-log.mjs):
// the user, as a keyed hash — lines can be matched per user, and read by
// anyone, without naming who.
import { createHmac } from "node:crypto";
import type { AsyncLocalStorage } from "node:async_hooks";

type TCtx = { id: string; user?: string };
const store = () => (globalThis as Record<symbol, AsyncLocalStorage<TCtx> | undefined>)[Symbol.for("deckhand.request")];

export const hashUserId = (id: string) =>
  createHmac("sha256", process.env.AUTH_SECRET ?? "deckhand")
    .update(id)
    .digest("hex")
    .slice(0, 16);

/** Notes the request's user for its log line; nothing outside `npm start`. */
export function noteUser(id: string | null | undefined) {
  const ctx = store()?.getStore();
  if (ctx && id) ctx.user = hashUserId(id);
}

/** The request id (x-request-id), when `npm start` serves the request. */
export const requestId = () => store()?.getStore()?.id;
