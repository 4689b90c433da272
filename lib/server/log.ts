// The app's logger: the server's pino instance (scripts/lib/request-log.mjs)
// when `npm start` runs it, else one of its own with the same settings.
import pino, { type Logger } from "pino";

const KEY = Symbol.for("deckhand.log");
const g = globalThis as Record<symbol, Logger | undefined>;

export const log = (): Logger =>
  (g[KEY] ??= pino({
    level: process.env.LOG_LEVEL || "info",
    base: undefined,
    timestamp: pino.stdTimeFunctions.isoTime,
  }));
