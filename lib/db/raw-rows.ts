// A hot read in hand-written SQL, for the few queries every request makes,
// where Prisma's per-query work costs more than the query: on SQLite a
// statement prepared once and run synchronously on the app's connection, on
// PostgreSQL one $queryRawUnsafe. Write `?` placeholders; callers bind every
// value (never splice input into the SQL) and type the columns they read
// (SQLite gives integers as BigInt and booleans as 0/1).
import { sqliteExclusive, type TDb } from "./client";
import { prepared } from "./prepared";

export type TRawValue = string | number | bigint | boolean | Date | null;

export async function rawRows(db: TDb, sql: string, ...params: TRawValue[]): Promise<Record<string, unknown>[]> {
  const exclusive = sqliteExclusive(db);
  if (exclusive) return exclusive((conn) => prepared(conn, sql).all(...params) as Record<string, unknown>[]);
  let n = 0;
  return db.$queryRawUnsafe(
    sql.replace(/\?/g, () => `$${++n}`),
    ...params,
  );
}
