// next-auth's logger: a wrong password or a rate-limited sign-in is an
// expected answer, not a fault, so it is one JSON line without a stack (the
// default printed a multi-line `[auth][error] CredentialsSignin` trace for each).
// Real faults keep their stack. Free of Node imports: proxy.ts loads this too.
import type { NextAuthConfig } from "next-auth";

type TLine = (obj: object, msg: string) => void;
type TLog = { info: TLine; warn: TLine; error: TLine; debug: TLine };
// The server's pino (scripts/lib/request-log.mjs) when `npm start` runs; else one line on the console.
const logger = (): TLog =>
  (globalThis as Record<symbol, TLog | undefined>)[Symbol.for("deckhand.log")] ?? {
    info: (o, m) => console.info(JSON.stringify({ level: "info", msg: m, ...o })),
    warn: (o, m) => console.warn(JSON.stringify({ level: "warn", msg: m, ...o })),
    error: (o, m) => console.error(JSON.stringify({ level: "error", msg: m, ...o })),
    debug: () => {},
  };

const EXPECTED = new Set(["CredentialsSignin", "RateLimited"]);

export const authLogger: NonNullable<NextAuthConfig["logger"]> = {
  error(error) {
    const name = (error as { type?: string }).type ?? error.name;
    if (EXPECTED.has(name) || EXPECTED.has(error.name)) {
      logger().info({ auth: name, code: (error as { code?: string }).code }, "sign-in refused");
      return;
    }
    logger().error(
      {
        auth: name,
        err: { message: error.message, stack: error.stack, cause: String((error as { cause?: unknown }).cause ?? "") },
      },
      "auth error",
    );
  },
  warn(code) {
    logger().warn({ auth: code }, "auth warning");
  },
  debug() {},
};
