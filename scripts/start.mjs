// `npm start`: Deckhand's production server. Next runs in this process (no
// child to orphan), behind a thin http server that
// - answers 503 {"status":"starting"} until Next is ready, so a load balancer
//   polling GET /api/ready never sends traffic to a half-started instance;
// - on SIGTERM/SIGINT drains: /api/ready turns 503 at once, requests keep being
//   served for DRAIN_DELAY_MS (balancers notice), then the listener closes,
//   in-flight requests finish, the database pool closes and the process exits
//   (forced after SHUTDOWN_TIMEOUT_MS, default 9 s, inside a supervisor's usual 10 s);
// - writes one JSON line per request (pino; LOG_LEVEL) and returns its id in
//   x-request-id. Route code adds the hashed user id through lib/server/request-context.
// Flags: -p/--port (else PORT, .env, 3000), -H/--hostname (default all interfaces).
import http from "node:http";
import path from "node:path";
import { parseArgs } from "node:util";
import { createRequestLog } from "./lib/request-log.mjs";
import { appPort } from "./lib/app-port.mjs";

process.env.NODE_ENV ??= "production";
process.env.NEXT_TELEMETRY_DISABLED ??= "1";
const ROOT = path.resolve(import.meta.dirname, "..");
const { values } = parseArgs({
  options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" } },
});
const port = values.port !== undefined ? Number(values.port) : appPort(ROOT);
const hostname = values.hostname;
const drainDelayMs = Number(process.env.DRAIN_DELAY_MS ?? 1000);
const shutdownTimeoutMs = Number(process.env.SHUTDOWN_TIMEOUT_MS ?? 9000);

// Shared with the app's route code (lib/server/lifecycle.ts) through globalThis: one process, two bundles.
const life = (globalThis[Symbol.for("deckhand.lifecycle")] = { state: "starting" });
const { log, track } = createRequestLog();

let handle = null;
const server = http.createServer((req, res) => {
  track(req, res, () => {
    if (!handle) {
      res.writeHead(503, { "content-type": "application/json", "retry-after": "1" });
      res.end(JSON.stringify({ status: "starting" }));
      return;
    }
    // Draining: each answer closes its connection, so keep-alive clients reconnect elsewhere.
    if (life.state === "draining") res.setHeader("connection", "close");
    handle(req, res);
  });
});
server.on("error", (e) => {
  log.fatal({ err: e }, "server failed");
  process.exit(1);
});
server.listen(port, hostname, () =>
  log.info(
    { port: server.address().port, hostname: hostname ?? "*" },
    `Deckhand listening on http://${hostname ?? "localhost"}:${server.address().port}`,
  ),
);

const { default: next } = await import("next");
const app = next({ dev: false, dir: ROOT, port, ...(hostname ? { hostname } : {}) });
await app.prepare();
handle = app.getRequestHandler();
life.state = "ready";
log.info("ready");

let draining = false;
async function drain(signal) {
  if (draining) return;
  draining = true;
  life.state = "draining";
  log.info({ signal, drainDelayMs }, "draining");
  setTimeout(() => {
    log.warn({ shutdownTimeoutMs }, "shutdown timed out; exiting with requests still open");
    log.flush?.();
    process.exit(1);
  }, shutdownTimeoutMs).unref();
  await new Promise((r) => setTimeout(r, drainDelayMs));
  const closed = new Promise((r) => server.close(r));
  server.closeIdleConnections();
  await closed;
  // The app's Prisma client (lib/db/client.ts keeps it on globalThis): closes the PostgreSQL pool or the SQLite file.
  await globalThis.deckhandDb?.$disconnect().catch((e) => log.error({ err: e }, "closing the database failed"));
  log.info("stopped");
  log.flush?.();
  process.exit(0);
}
process.once("SIGTERM", () => void drain("SIGTERM"));
// Under `npm start`, npm passes SIGTERM on; if npm itself is killed outright (-9), nothing
// would: then the reparented server drains and exits instead of serving as an orphan.
if (process.env.npm_lifecycle_event === "start") {
  const parent = process.ppid;
  setInterval(() => process.ppid !== parent && void drain("parent exited"), 500).unref();
}
process.once("SIGINT", () => void drain("SIGINT"));
