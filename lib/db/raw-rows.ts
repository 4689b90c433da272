// A hot statement in hand-written SQL, for the few every request makes, where
// Prisma's per-query work costs more than the query. SQLite: prepared once per
// connection, run synchronously on the app's connection. PostgreSQL: a named
// prepared statement on the pool Prisma uses (parsed and planned once per
// connection, not per call). Write `?` placeholders; bind every value (never
// splice input into the SQL) and type the columns you read: SQLite gives
// integers as BigInt and booleans as 0/1.
import { createHash } from "node:crypto";
import pg from "pg";
import { pgPool, sqliteExclusive, type TDb } from "./client";
import { prepared } from "./prepared";

export type TRawValue = string | number | bigint | boolean | null;

// Prisma stores DateTime as timestamp(3) without time zone, in UTC; pg would read it as local time.
const TIMESTAMP = 1114;
const types = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === TIMESTAMP
      ? (s: string) => new Date(`${s.replace(" ", "T")}Z`)
      : pg.types.getTypeParser(oid, format as "text")) as typeof pg.types.getTypeParser,
};

// One text, one name, on every connection. Callers pass constant SQL, so this stays
// small; the cap guards against one that does not (past it, statements go unnamed).
const pgNames = new Map<string, string>();
function pgName(text: string): string | undefined {
  let name = pgNames.get(text);
  if (!name && pgNames.size < 1_000)
    pgNames.set(text, (name = `dh_${createHash("sha256").update(text).digest("hex").slice(0, 24)}`));
  return name;
}

/** PostgreSQL only: `text` with `$n` placeholders, as a named prepared statement. */
export async function pgRows(db: TDb, text: string, params: unknown[]): Promise<Record<string, unknown>[]> {
  const pool = pgPool(db);
  if (!pool) throw new Error("pgRows: a PostgreSQL client made by createDb");
  const name = pgName(text);
  const result = await pool.query({ ...(name ? { name } : {}), text, values: params, types });
  return result.rows as Record<string, unknown>[];
}

export async function rawRows(db: TDb, sql: string, ...params: TRawValue[]): Promise<Record<string, unknown>[]> {
  const exclusive = sqliteExclusive(db);
  if (exclusive) return exclusive((conn) => prepared(conn, sql).all(...params) as Record<string, unknown>[]);
  let n = 0;
  return pgRows(
    db,
    sql.replace(/\?/g, () => `$${++n}`),
    params,
  );
}
