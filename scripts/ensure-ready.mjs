// Shared by `npm run setup` and `npm test`: plain Node with no dependencies,
// because it runs before `npm ci` has installed anything.
import { execSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

export const root = path.resolve(import.meta.dirname, "..");

export function run(cmd, env = {}) {
  console.log(`\n$ ${cmd}`);
  execSync(cmd, { cwd: root, stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env } });
}

const mtime = (p) => (fs.existsSync(p) ? fs.statSync(p).mtimeMs : 0);

/**
 * Installs when node_modules is missing or older than the lock file. Not
 * `npm ci`: the FSRS optimizer's optional per-platform packages are not all
 * published at its version, so the lock cannot list them and `npm ci` refuses
 * it; `npm install` honours the lock for everything else.
 */
export function ensureInstalled() {
  const marker = path.join(root, "node_modules/.package-lock.json");
  if (mtime(marker) >= mtime(path.join(root, "package-lock.json"))) return;
  run("npm install --no-audit --no-fund");
}

/** Both Prisma clients (SQLite and PostgreSQL), regenerated when a schema changed. */
export function ensureClients() {
  const pairs = [
    ["prisma/schema.prisma", "lib/db/generated/sqlite/client.ts"],
    ["prisma/postgres/schema.prisma", "lib/db/generated/pg/client.ts"],
  ];
  for (const [schema, client] of pairs) {
    if (mtime(path.join(root, client)) > mtime(path.join(root, schema))) continue;
    // generate never needs the native schema engine it would try to download.
    run(`npx prisma generate --schema ${schema}`, { PRISMA_SCHEMA_ENGINE_BINARY: "/bin/true" });
  }
}

/** A .env with a fresh AUTH_SECRET on first setup; never overwritten, never committed. */
export function ensureEnvFile() {
  const file = path.join(root, ".env");
  const current = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";
  const add = [];
  if (!/^AUTH_SECRET=/m.test(current)) add.push(`AUTH_SECRET=${crypto.randomBytes(32).toString("base64url")}`);
  if (!/^DATABASE_URL=/m.test(current)) add.push("DATABASE_URL=file:./.data/deckhand.db");
  if (add.length === 0) return;
  fs.writeFileSync(file, `${current}${current && !current.endsWith("\n") ? "\n" : ""}${add.join("\n")}\n`);
  console.log(`wrote ${add.map((l) => l.split("=")[0]).join(", ")} to .env`);
}
