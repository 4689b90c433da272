// `npm test`: the whole suite on a fresh clone. Installs what it needs, builds
// the app the browser tests drive, then runs every Vitest project and checks
// that nothing it started is still running.
import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import { ensureClients, ensureInstalled, root, run } from "./ensure-ready.mjs";
import { leftoversAfter, RUN_MARKER } from "./find-leftovers.mjs";

ensureInstalled();
ensureClients();
// TypeScript (strict) and ESLint: `npm run check`.
run("npm run check");
// The browser suite runs against a production build in its own folder, so it
// never clobbers the .next of a running `npm start`.
// Unless the browser suite is opted out by name (DECKHAND_SKIP=e2e; vitest.config.ts says so loudly).
const skipsE2e = (process.env.DECKHAND_SKIP ?? "")
  .split(",")
  .map((p) => p.trim().toLowerCase())
  .includes("e2e");
if (!skipsE2e)
  run("npx next build", { NEXT_DIST_DIR: ".next-e2e", AUTH_SECRET: "build-time-placeholder-secret-0123456789abcdef" });
const runId = crypto.randomUUID();
const r = spawnSync("npx", ["vitest", "run", ...process.argv.slice(2)], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, [RUN_MARKER]: runId },
});
const left = process.platform === "linux" ? await leftoversAfter(runId) : [];
if (left.length > 0) {
  console.error(`\nThe suite left ${left.length} process(es) running:`);
  for (const p of left) console.error(`  ${p.pid}  ${p.cmd.slice(0, 160)}`);
  process.exit(1);
}
process.exit(r.status ?? 1);
