// The server's state as scripts/start.mjs sets it: starting, ready, draining.
// Under plain `next start` (tests, dev) nothing sets it: ready.
type TState = "starting" | "ready" | "draining";

export function serverState(): TState {
  return (
    (globalThis as Record<symbol, { state: TState } | undefined>)[Symbol.for("deckhand.lifecycle")]?.state ?? "ready"
  );
}
