// `npm run bench:backup [-- --logs 100000 --provider sqlite|postgresql]`:
// db:backup and db:restore time and file size for a database holding a user
// with `logs` simulated review logs (ts-fsrs histories, as bench:stats seeds
// them), on both databases. Restore goes into a new empty database.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { createDb } from "@/lib/db/client";
import { createPgDatabase } from "@/lib/db/pg-database";
import type { TProvider } from "@/lib/db/provider";
import { createUser } from "@/lib/users/create-user";
import { ZSignUp } from "@/lib/users/schemas";
import { backupDatabase, restoreDatabase } from "./db/backup-restore";
import { createBenchDatabase, importCourse, PG_ADMIN_URL } from "./lib/bench-db";
import { addGeneratedQuestions, seedHistory } from "./lib/seed-history";
import { fmt, formatTable } from "./lib/bench-table";

const log = (m: string) => process.stderr.write(`${m}\n`);
const secs = (t0: number) => (performance.now() - t0) / 1000;

async function measure(provider: TProvider, logs: number) {
  const bench = await createBenchDatabase(provider, "backup");
  if (!bench) return null;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "deckhand-bench-backup-"));
  const target =
    provider === "postgresql"
      ? await createPgDatabase(PG_ADMIN_URL, "deckhand_bench_restore")
      : { url: `file:${path.join(dir, "restored.db")}`, drop: async () => {} };
  const db = createDb(bench.url);
  try {
    await importCourse(db);
    const { id } = await createUser(
      db,
      ZSignUp.parse({
        name: "Backup",
        email: `backup-${process.pid}@example.com`,
        password: "bench password 0123",
        timezone: "UTC",
      }),
    );
    const now = new Date();
    await addGeneratedQuestions(db, id, Math.ceil(logs / 12), now);
    const t0 = performance.now();
    const seeded = await seedHistory(db, id, { logs, days: 730, now });
    const count = await db.reviewLog.count();
    log(`[${provider}] seeded ${count} review logs on ${seeded.cards} cards in ${fmt(secs(t0), 0)} s`);
    const file = path.join(dir, provider === "postgresql" ? "backup.dump" : "backup.db");
    const b0 = performance.now();
    const { bytes } = await backupDatabase(bench.url, file);
    const backupS = secs(b0);
    const r0 = performance.now();
    await restoreDatabase(target.url, file);
    const restoreS = secs(r0);
    const check = createDb(target.url);
    const restored = await check.reviewLog.count();
    await check.$disconnect();
    if (restored !== count) throw new Error(`restored ${restored} logs, expected ${count}`);
    return [provider, String(count), fmt(backupS, 2), fmt(bytes / 1e6, 1), fmt(restoreS, 2), String(restored)];
  } finally {
    await db.$disconnect();
    await target.drop();
    await bench.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const { values } = parseArgs({
  options: { logs: { type: "string", default: "100000" }, provider: { type: "string" } },
});
const providers = (values.provider ? [values.provider] : ["sqlite", "postgresql"]) as TProvider[];
const rows = [];
for (const p of providers) {
  const r = await measure(p, Number(values.logs));
  if (r) rows.push(r);
  else log(`[${p}] SKIPPED — no PostgreSQL at ${PG_ADMIN_URL}`);
}
console.log(
  `\ndb:backup / db:restore; load average ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(" ")}`,
);
console.log(formatTable(["provider", "review logs", "backup s", "file MB", "restore s", "logs after restore"], rows));
