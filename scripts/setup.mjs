// `npm run setup`: everything a fresh clone needs before `npm start`.
import { ensureClients, ensureEnvFile, ensureInstalled, run } from "./ensure-ready.mjs";
import { appPort } from "./lib/app-port.mjs";

const started = Date.now();
ensureInstalled();
ensureEnvFile();
ensureClients();
run("npx tsx scripts/db/migrate.ts deploy");
run("npx tsx scripts/content.ts import content");
run("npx next build");
console.log(
  `\nsetup done in ${((Date.now() - started) / 1000).toFixed(0)} s — \`npm start\` will serve Deckhand on http://localhost:${appPort(process.cwd())}`,
);
