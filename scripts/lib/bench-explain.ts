// Why a call is slow: runs it on a Prisma client with query logging, then
// asks the database how it ran each query Prisma issued (SQLite: EXPLAIN
// QUERY PLAN; PostgreSQL: EXPLAIN ANALYZE, which runs the query again).
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { createDb, type TDb } from "@/lib/db/client";
import { providerOf, sqlitePath } from "@/lib/db/provider";

export type TLoggedQuery = { sql: string; params: unknown[]; ms: number };

/** Like createDb, plus every query's SQL, parameters and duration. */
export function createLoggingDb(url: string): { db: TDb; queries: TLoggedQuery[] } {
  const queries: TLoggedQuery[] = [];
  const log = [{ emit: "event" as const, level: "query" as const }];
  // The app's own client (SQLite's review write then bypasses Prisma: its time shows outside the queries).
  const db = createDb(url, log);
  (
    db as unknown as { $on: (e: "query", f: (q: { query: string; params: string; duration: number }) => void) => void }
  ).$on("query", (q) => queries.push({ sql: q.query, params: JSON.parse(q.params) as unknown[], ms: q.duration }));
  return { db, queries };
}

/** Long IN lists shown as their length; the rest cut at `n` characters. */
function short(sql: string, n = 900): string {
  const s = sql.replace(/(?:(?:\?|\$\d+),\s*){4,}(?:\?|\$\d+)/g, (m) => `…${m.split(",").length} placeholders…`);
  return s.length > n ? `${s.slice(0, n)} …` : s;
}

async function planFor(q: TLoggedQuery, pgClient: pg.Client | null, lite: Database.Database | null): Promise<string> {
  if (lite) {
    const args = q.params.map((p) => (typeof p === "boolean" ? Number(p) : p));
    const rows = lite.prepare(`EXPLAIN QUERY PLAN ${q.sql}`).all(...args) as {
      id: number;
      parent: number;
      detail: string;
    }[];
    const depth = new Map<number, number>([[0, 0]]);
    return rows
      .map((r) => {
        depth.set(r.id, (depth.get(r.parent) ?? 0) + 1);
        return `${"  ".repeat(depth.get(r.id)!)}${r.detail}`;
      })
      .join("\n");
  }
  const res = await pgClient!.query(`EXPLAIN (ANALYZE, BUFFERS) ${q.sql}`, q.params);
  return res.rows
    .map((r: Record<string, string>) => `  ${r["QUERY PLAN"]!.replace(/'\{[^}]{200,}\}'/g, "'{…}'")}`)
    .join("\n");
}

/** Runs `call` once warm and once logged, and prints each query with its plan. */
export async function explainCall(url: string, label: string, call: (db: TDb) => Promise<unknown>): Promise<void> {
  const { db, queries } = createLoggingDb(url);
  const lite = providerOf(url) === "sqlite" ? new Database(path.resolve(sqlitePath(url)), { readonly: true }) : null;
  const pgClient = lite ? null : new pg.Client({ connectionString: url });
  await pgClient?.connect();
  try {
    await call(db);
    queries.length = 0;
    const t0 = performance.now();
    await call(db);
    const total = performance.now() - t0;
    const inDb = queries.reduce((a, q) => a + q.ms, 0);
    console.log(
      `\n### ${label} [${providerOf(url)}]: ${total.toFixed(1)} ms, ${queries.length} queries, ${inDb.toFixed(1)} ms of them as Prisma logs them`,
    );
    // One call is noisy on a shared machine: the mean of 200 splits the time into the database's and the rest.
    queries.length = 0;
    const t1 = performance.now();
    for (let i = 0; i < 200; i++) await call(db);
    const mean = (performance.now() - t1) / 200;
    const dbMean = queries.reduce((a, q) => a + q.ms, 0) / 200;
    console.log(
      `mean of 200 calls: ${mean.toFixed(2)} ms; in statements Prisma issues ${dbMean.toFixed(2)} ms (${(queries.length / 200).toFixed(1)} per call); the rest — Prisma's own work, JS, and SQL run outside Prisma (SQLite's review write) — ${(mean - dbMean).toFixed(2)} ms`,
    );
    queries.length = 0;
    await call(db);
    for (const [i, q] of queries.entries()) {
      console.log(`\n-- query ${i + 1}: ${q.ms.toFixed(1)} ms, ${q.params.length} params\n${short(q.sql)}`);
      console.log(await planFor(q, pgClient, lite));
    }
  } finally {
    lite?.close();
    await pgClient?.end();
    await db.$disconnect();
  }
}
