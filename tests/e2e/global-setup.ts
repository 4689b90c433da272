// Serves the production build (made by scripts/test.mjs in .next-e2e) on a
// free port, against its own fresh SQLite file with the course loaded.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { deploy } from "@/scripts/db/migrate";
import { startApp } from "@/scripts/lib/start-app";
import { chromiumPath } from "./support/browser";
import { requirePart } from "../support/opt-out";

const root = path.resolve(import.meta.dirname, "../..");

export default async function setup(project: TestProject) {
  requirePart("e2e", Boolean(chromiumPath()), "Chromium is not installed: apt-get install chromium.");
  if (!fs.existsSync(path.join(root, ".next-e2e/BUILD_ID"))) {
    throw new Error("No build in .next-e2e: run the suite with `npm test`, which builds it.");
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "deckhand-e2e-"));
  const url = `file:${path.join(dir, "e2e.db")}`;
  await deploy(url);
  // Every browser test signs up and in from 127.0.0.1; the per-address
  // limits are tested in tests/db. The per e-mail+address delay stays on.
  const env = {
    DATABASE_URL: url,
    AUTH_SECRET: "e2e-secret-0123456789abcdef0123456789abcdef",
    SIGNUP_MAX_PER_IP_HOUR: "100000",
    SIGNIN_MAX_PER_IP: "100000",
  };
  execFileSync(
    process.execPath,
    [path.join(root, "node_modules/tsx/dist/cli.mjs"), "scripts/content.ts", "import", "content"],
    {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: "ignore",
    },
  );
  const app = await startApp({ distDir: ".next-e2e", env });
  project.provide("baseUrl", app.baseUrl);
  project.provide("e2eDatabaseUrl", url);
  return async () => {
    await app.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    e2eDatabaseUrl: string;
  }
}
