// `npm run setup`: everything a fresh clone needs before `npm start`.
// Only Node's own modules load before ensureInstalled(): on a fresh clone nothing else is there yet.
import { ensureClients, ensureEnvFile, ensureInstalled, run } from "./ensure-ready.mjs";

const started = Date.now();
ensureInstalled();
ensureEnvFile();
ensureClients();
run("npx tsx scripts/db/migrate.ts deploy");
run("npx tsx scripts/content.ts import content");
run("npx next build");
// Loaded now, after the install: it reads .env through @next/env.
const { appPort } = await import("./lib/app-port.mjs");
console.log(
  `\nsetup done in ${((Date.now() - started) / 1000).toFixed(0)} s — \`npm start\` will serve Deckhand on http://localhost:${appPort(process.cwd())}`,
);
