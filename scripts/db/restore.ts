// `npm run db:restore -- FILE [--force]`: restores a db:backup file into
// DATABASE_URL, which must be empty unless --force. Stop the app first.
import "dotenv/config";
import { parseArgs } from "node:util";
import { restoreDatabase } from "./backup-restore";

const { values, positionals } = parseArgs({
  options: { force: { type: "boolean", default: false } },
  allowPositionals: true,
});
if (positionals.length !== 1) {
  console.error("usage: npm run db:restore -- FILE [--force]");
  process.exit(2);
}
// An operator needs the reason, not a stack.
function fail(e: unknown): never {
  console.error(`error: ${(e as Error).message}`);
  process.exit(1);
}
const url = process.env.DATABASE_URL ?? "file:./.data/deckhand.db";
const t0 = performance.now();
await restoreDatabase(url, positionals[0]!, values.force).catch(fail);
console.log(
  `restored ${positionals[0]} into ${url.replace(/\/\/[^@/]*@/, "//…@")} in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
);
