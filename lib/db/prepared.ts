// better-sqlite3 statements prepared once per connection: preparing parses and
// plans the SQL, which costs more than running these small hot statements.
import type Database from "better-sqlite3";

const cache = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/** Callers pass SQL built from constants (bounded: one entry per distinct text). */
export function prepared(conn: Database.Database, sql: string): Database.Statement {
  let mine = cache.get(conn);
  if (!mine) cache.set(conn, (mine = new Map()));
  let s = mine.get(sql);
  if (!s) mine.set(sql, (s = conn.prepare(sql)));
  return s;
}
