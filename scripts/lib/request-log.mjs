// One JSON line per request: time, request id, method, route (the path; the
// query can carry tokens and is left out), status, ms, and the hashed user id
// the route code noted (lib/server/request-context.ts). The id comes from an
// upstream proxy's x-request-id when it looks like one, else it is made here,
// and goes back in the response's x-request-id.
import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";
import pino from "pino";

const ID = /^[\w.:-]{1,100}$/;

export function createRequestLog() {
  const log = pino({
    level: process.env.LOG_LEVEL || "info",
    base: undefined,
    timestamp: pino.stdTimeFunctions.isoTime,
  });
  const store = new AsyncLocalStorage();
  globalThis[Symbol.for("deckhand.log")] = log;
  globalThis[Symbol.for("deckhand.request")] = store;
  const track = (req, res, next) => {
    const given = req.headers["x-request-id"];
    const id = typeof given === "string" && ID.test(given) ? given : randomUUID();
    const started = performance.now();
    const ctx = { id, user: undefined };
    res.setHeader("x-request-id", id);
    res.once("close", () => {
      const line = {
        reqId: id,
        method: req.method,
        route: (req.url ?? "").split("?")[0],
        status: res.statusCode,
        ms: Math.round((performance.now() - started) * 10) / 10,
        ...(ctx.user ? { user: ctx.user } : {}),
        ...(res.writableFinished ? {} : { aborted: true }),
      };
      // 503 is this instance saying "not now" (starting, draining), not a fault.
      if (res.statusCode === 503) log.warn(line, "request");
      else if (res.statusCode >= 500) log.error(line, "request");
      else log.info(line, "request");
    });
    store.run(ctx, next);
  };
  return { log, track };
}
