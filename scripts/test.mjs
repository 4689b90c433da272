// `npm test`: the whole suite on a fresh clone. Installs what it needs, builds
// the app the browser tests drive, then runs every Vitest project.
import { spawnSync } from "node:child_process";
import { ensureClients, ensureInstalled, root, run } from "./ensure-ready.mjs";

ensureInstalled();
ensureClients();
// TypeScript (strict) and ESLint: `npm run check`.
run("npm run check");
// The browser suite runs against a production build in its own folder, so it
// never clobbers the .next of a running `npm start`.
run("npx next build", { NEXT_DIST_DIR: ".next-e2e", AUTH_SECRET: "build-time-placeholder-secret-0123456789abcdef" });
const r = spawnSync("npx", ["vitest", "run", ...process.argv.slice(2)], { cwd: root, stdio: "inherit" });
process.exit(r.status ?? 1);
