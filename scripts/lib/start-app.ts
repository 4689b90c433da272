// The one way tests and benchmarks start Deckhand: `next start` run by node
// itself (no npx wrapper to orphan it) in its own process group, on a free
// loopback port, answered before it is handed back.
import net from "node:net";
import path from "node:path";
import { startGroup } from "./process-group";

const ROOT = path.resolve(import.meta.dirname, "../..");
const NEXT_BIN = path.join(ROOT, "node_modules/next/dist/bin/next");
export const TEST_AUTH_SECRET = "app-secret-for-tests-0123456789abcdef0123456789";

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net
      .createServer()
      .listen(0, "127.0.0.1", () => {
        const port = (s.address() as net.AddressInfo).port;
        s.close(() => resolve(port));
      })
      .on("error", reject);
  });
}

export type TApp = {
  baseUrl: string;
  pid: number;
  stop: () => Promise<void>;
  output: () => string;
  exited: Promise<void>;
};
type TOptions = {
  distDir: string;
  env?: Record<string, string>;
  nodeArgs?: string[];
  readyPath?: string;
  timeoutMs?: number;
  /** "npm": what the README starts (`npm start`, scripts/start.mjs), ready when /api/ready says 200. */
  via?: "next" | "npm";
  port?: number;
};

export async function startApp({
  distDir,
  env = {},
  nodeArgs = [],
  readyPath,
  timeoutMs = 60_000,
  via = "next",
  port: wanted,
}: TOptions): Promise<TApp> {
  const port = wanted ?? (await freePort());
  const where = ["-p", String(port), "-H", "127.0.0.1"];
  const [command, args] =
    via === "npm"
      ? ["npm", ["start", "--silent", "--", ...where]]
      : [process.execPath, [...nodeArgs, NEXT_BIN, "start", ...where]];
  readyPath ??= via === "npm" ? "/api/ready" : "/sign-in";
  const app = startGroup(command, args, {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      NEXT_DIST_DIR: distDir,
      NEXT_TELEMETRY_DISABLED: "1",
      AUTH_SECRET: TEST_AUTH_SECRET,
      ...env,
    },
  });
  let output = "";
  const keep = (b: Buffer) => void (output = (output + b.toString()).slice(-200_000));
  app.child.stdout!.on("data", keep);
  app.child.stderr!.on("data", keep);
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitUntilServing(
      `${baseUrl}${readyPath}`,
      () => app.child.exitCode,
      timeoutMs,
      () => output,
    );
  } catch (e) {
    await app.stop();
    throw e;
  }
  return { baseUrl, pid: app.pid, stop: app.stop, output: () => output, exited: app.exited };
}

async function waitUntilServing(url: string, exitCode: () => number | null, ms: number, log: () => string) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (exitCode() !== null) throw new Error(`next start exited with ${exitCode()}:\n${log()}`);
    try {
      if ((await fetch(url, { redirect: "manual" })).status < 500) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer within ${ms} ms:\n${log()}`);
}
