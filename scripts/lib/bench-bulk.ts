// Bulk inserts for generated benchmark data (a million rows is minutes through
// Prisma's createMany): better-sqlite3 prepared statements in one transaction
// per batch, or PostgreSQL INSERT … SELECT FROM unnest(arrays), 10,000 rows a
// statement. Only for throwaway benchmark databases.
import Database from "better-sqlite3";
import pg from "pg";
import type { TProvider } from "@/lib/db/provider";
import { sqlitePath } from "@/lib/db/provider";

/** A column and its PostgreSQL type (for the unnest cast). */
export type TBulkColumn = readonly [name: string, pgType: "text" | "int4" | "float8" | "bool" | "timestamp(3)"];
export type TBulk = {
  insert: (table: string, columns: readonly TBulkColumn[], rows: readonly unknown[][]) => Promise<void>;
  sql: (q: string) => Promise<void>;
  close: () => Promise<void>;
};

const PG_BATCH = 10_000;

export async function openBulk(provider: TProvider, url: string): Promise<TBulk> {
  if (provider === "sqlite") {
    const d = new Database(sqlitePath(url));
    d.pragma("journal_mode = WAL");
    const sqliteValue = (v: unknown) =>
      v instanceof Date ? v.toISOString() : typeof v === "boolean" ? (v ? 1 : 0) : v;
    return {
      async insert(table, columns, rows) {
        const stmt = d.prepare(
          `INSERT INTO "${table}" (${columns.map(([c]) => `"${c}"`).join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`,
        );
        d.transaction(() => {
          for (const r of rows) stmt.run(...r.map(sqliteValue));
        })();
      },
      async sql(q) {
        d.exec(q);
      },
      async close() {
        d.close();
      },
    };
  }
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  return {
    async insert(table, columns, rows) {
      for (let i = 0; i < rows.length; i += PG_BATCH) {
        const batch = rows.slice(i, i + PG_BATCH);
        const arrays = columns.map((_, j) =>
          batch.map((r) => (r[j] instanceof Date ? (r[j] as Date).toISOString() : r[j])),
        );
        const cols = columns.map(([n]) => `"${n}"`).join(", ");
        const unnest = columns.map(([, t], j) => `$${j + 1}::${t === "timestamp(3)" ? "text" : t}[]`).join(", ");
        const select = columns.map(([n, t]) => (t === "timestamp(3)" ? `"${n}"::timestamp(3)` : `"${n}"`)).join(", ");
        await c.query(`INSERT INTO "${table}" (${cols}) SELECT ${select} FROM unnest(${unnest}) AS t(${cols})`, arrays);
      }
    },
    async sql(q) {
      await c.query(q);
    },
    async close() {
      await c.end();
    },
  };
}
