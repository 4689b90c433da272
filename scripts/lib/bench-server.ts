// The production build in its own dist dir (.next-bench, so it never clobbers
// .next or .next-e2e), served by `next start` on a free loopback port.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { freePort, startApp, type TApp } from "./start-app";

const ROOT = path.resolve(import.meta.dirname, "../..");
export const BENCH_DIST = ".next-bench";
const NEXT_BIN = path.join(ROOT, "node_modules/next/dist/bin/next");
const AUTH_SECRET = "bench-secret-0123456789abcdef0123456789abcdef";
// What the build is made from: a newer file here means the build is stale.
const SOURCES = ["app", "lib", "proxy.ts", "next.config.js", "package-lock.json"];

function newestSource(p: string): number {
  const full = path.join(ROOT, p);
  if (!fs.existsSync(full)) return 0;
  const st = fs.statSync(full);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(st.mtimeMs, ...fs.readdirSync(full).map((e) => newestSource(path.join(p, e))));
}

/** Why the bench build must be (re)made, or null when it is current. */
export function buildNeeded(): string | null {
  const id = path.join(ROOT, BENCH_DIST, "BUILD_ID");
  if (!fs.existsSync(id)) return `no ${BENCH_DIST}/BUILD_ID`;
  const newest = Math.max(...SOURCES.map(newestSource));
  return newest > fs.statSync(id).mtimeMs ? "sources changed since the last bench build" : null;
}

/**
 * `next build` into .next-bench. Next adds the dist dir's type globs to
 * tsconfig.json and rewrites next-env.d.ts; both are put back byte for byte,
 * so the benchmark leaves the checkout as it found it.
 */
export function buildForBench(): void {
  const keep = ["tsconfig.json", "next-env.d.ts"]
    .map((f) => path.join(ROOT, f))
    .filter((f) => fs.existsSync(f))
    .map((f) => [f, fs.readFileSync(f)] as const);
  try {
    const r = spawnSync(process.execPath, [NEXT_BIN, "build"], {
      cwd: ROOT,
      stdio: ["ignore", "inherit", "inherit"],
      env: { ...process.env, NEXT_DIST_DIR: BENCH_DIST, NEXT_TELEMETRY_DISABLED: "1", AUTH_SECRET },
    });
    if (r.status !== 0) throw new Error(`next build failed (exit ${r.status})`);
  } finally {
    for (const [file, bytes] of keep) if (!fs.readFileSync(file).equals(bytes)) fs.writeFileSync(file, bytes);
  }
}

export { freePort };

export type TBenchServer = TApp;

/** `next start` (production) against `databaseUrl`; extra env (e.g. PG_POOL_MAX) on top, node flags (e.g. --cpu-prof) first. */
export function startServer(
  databaseUrl: string,
  extraEnv: Record<string, string> = {},
  nodeArgs: string[] = [],
): Promise<TBenchServer> {
  return startApp({ distDir: BENCH_DIST, env: { DATABASE_URL: databaseUrl, AUTH_SECRET, ...extraEnv }, nodeArgs });
}
