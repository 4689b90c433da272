// `npm run db:backup [-- --out FILE]`: a consistent backup of DATABASE_URL
// while the app serves (see backup-restore.ts); prints the file and its size.
import "dotenv/config";
import { parseArgs } from "node:util";
import { backupDatabase, defaultBackupFile } from "./backup-restore";

const { values } = parseArgs({ options: { out: { type: "string" } } });
// An operator needs the reason, not a stack.
function fail(e: unknown): never {
  console.error(`error: ${(e as Error).message}`);
  process.exit(1);
}
const url = process.env.DATABASE_URL ?? "file:./.data/deckhand.db";
const t0 = performance.now();
const { file, bytes } = await backupDatabase(url, values.out ?? defaultBackupFile(url)).catch(fail);
console.log(
  `backup written: ${file} (${(bytes / 1e6).toFixed(1)} MB in ${((performance.now() - t0) / 1000).toFixed(1)} s)`,
);
