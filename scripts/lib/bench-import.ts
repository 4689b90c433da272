// Import timing for bench:content: a fresh migrated database (SQLite file, or
// PostgreSQL when reachable) with one user, so card creation is included.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createDb } from "@/lib/db/client";
import { importContent, type TImportSummary } from "@/lib/content/import-content";
import type { TChapter } from "@/lib/content/types";
import { deploy } from "@/scripts/db/migrate";
import { createPgDatabase, pgReachable } from "@/lib/db/pg-database";

export type TImportRow = { provider: string; run: string; ms: number; summary: TImportSummary };

async function timeImports(provider: string, url: string, lessons: TChapter[]): Promise<TImportRow[]> {
  await deploy(url);
  const db = createDb(url);
  try {
    await db.user.create({ data: { email: "bench@example.com", name: "Bench" } });
    const rows: TImportRow[] = [];
    for (const run of ["first", "unchanged"]) {
      const t0 = performance.now();
      const summary = await importContent(db, lessons);
      rows.push({ provider, run, ms: performance.now() - t0, summary });
    }
    return rows;
  } finally {
    await db.$disconnect();
  }
}

export async function benchImport(lessons: TChapter[]): Promise<TImportRow[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "deckhand-bench-db-"));
  const rows = await timeImports("sqlite", `file:${path.join(dir, "bench.db")}`, lessons).finally(() =>
    fs.rmSync(dir, { recursive: true, force: true }),
  );
  const admin = process.env.PG_ADMIN_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
  if (!(await pgReachable(admin))) {
    console.log(`(PostgreSQL not reachable at ${admin}: import timed on SQLite only)`);
    return rows;
  }
  const pg = await createPgDatabase(admin, "deckhand_bench");
  try {
    return [...rows, ...(await timeImports("postgresql", pg.url, lessons))];
  } finally {
    await pg.drop();
  }
}

export function formatImportTable(rows: readonly TImportRow[]): string {
  const lines = rows.map((r) => {
    const q = r.summary.questions;
    return `${r.provider.padEnd(10)}  ${r.run.padEnd(9)}  ${r.ms.toFixed(0).padStart(7)} ms  lessons +${r.summary.lessons.created} ~${r.summary.lessons.updated} =${r.summary.lessons.unchanged}  questions +${q.created} ~${q.updated} =${q.unchanged}`;
  });
  return ["provider    run        import time  (+created ~updated =unchanged)", ...lines].join("\n");
}
