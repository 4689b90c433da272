// Serves the production build (made by scripts/test.mjs in .next-e2e) on a
// free port, against its own fresh SQLite file with the course loaded.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { deploy } from "@/scripts/db/migrate";
import { chromiumPath } from "./support/browser";

const root = path.resolve(import.meta.dirname, "../..");

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer().listen(0, "127.0.0.1", () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    }).on("error", reject);
  });
}

async function waitFor(url: string, child: ChildProcess, ms: number) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`);
    try {
      if ((await fetch(url, { redirect: "manual" })).status < 500) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer within ${ms} ms`);
}

export default async function setup(project: TestProject) {
  if (!chromiumPath()) {
    if (process.env.CI) throw new Error("Chromium is not installed; .ci/run installs Debian's chromium package.");
    console.warn("\n!!! BROWSER SUITE SKIPPED: no Chromium found (apt-get install chromium) !!!\n");
  }
  if (!fs.existsSync(path.join(root, ".next-e2e/BUILD_ID"))) {
    throw new Error("No build in .next-e2e: run the suite with `npm test`, which builds it.");
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "deckhand-e2e-"));
  const url = `file:${path.join(dir, "e2e.db")}`;
  await deploy(url);
  const env = {
    ...process.env, DATABASE_URL: url, NEXT_DIST_DIR: ".next-e2e", NEXT_TELEMETRY_DISABLED: "1",
    AUTH_SECRET: "e2e-secret-0123456789abcdef0123456789abcdef",
    // Every browser test signs up and in from 127.0.0.1; the per-address
    // limits are tested in tests/db. The per e-mail+address delay stays on.
    SIGNUP_MAX_PER_IP_HOUR: "100000", SIGNIN_MAX_PER_IP: "100000",
  };
  if (fs.existsSync(path.join(root, "scripts/content.ts"))) {
    const { execFileSync } = await import("node:child_process");
    execFileSync("npx", ["tsx", "scripts/content.ts", "import", "content"], { cwd: root, env, stdio: "ignore" });
  }
  const port = await freePort();
  const child = spawn("npx", ["next", "start", "-p", String(port), "-H", "127.0.0.1"], { cwd: root, env, stdio: "ignore" });
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitFor(`${baseUrl}/sign-in`, child, 60_000);
  project.provide("baseUrl", baseUrl);
  project.provide("e2eDatabaseUrl", url);
  return async () => {
    child.kill("SIGTERM");
    fs.rmSync(dir, { recursive: true, force: true });
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    e2eDatabaseUrl: string;
  }
}
