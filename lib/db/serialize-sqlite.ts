// @prisma/adapter-better-sqlite3 runs every request on one connection and
// only makes transactions wait for each other: a plain statement from another
// request, issued while an interactive transaction awaits, runs *inside* that
// transaction, sees its uncommitted rows and is rolled back with it. Here plain
// statements wait until no transaction is open, so a rollback (a lost
// two-tab race, a retried review) can never take another request's write.
//
// `exclusive` hands a synchronous function the adapter's own better-sqlite3
// connection once no transaction is open: it runs to its end before any other
// request's statement can (one thread), so a hot write (a review) can be one
// synchronous SQLite transaction instead of a dozen awaited Prisma steps.
import type Database from "better-sqlite3";
import type { SqlDriverAdapter, SqlDriverAdapterFactory, Transaction } from "@prisma/driver-adapter-utils";

export type TSqliteExclusive = <T>(fn: (conn: Database.Database) => T) => Promise<T>;

export function serializeSqlite<F extends SqlDriverAdapterFactory>(
  factory: F,
): { factory: F; exclusive: TSqliteExclusive } {
  const connect = factory.connect.bind(factory);
  let connected!: (run: TSqliteExclusive) => void;
  const ready = new Promise<TSqliteExclusive>((r) => (connected = r));
  factory.connect = async () => {
    const { conn, exclusive } = guard(await connect());
    connected(exclusive);
    return conn;
  };
  return { factory, exclusive: async (fn) => (await ready)(fn) };
}

function guard(conn: SqlDriverAdapter): { conn: SqlDriverAdapter; exclusive: TSqliteExclusive } {
  let open: Promise<void> | null = null;
  const idle = async () => {
    while (open) await open;
  };
  const plain =
    <A extends unknown[], R>(fn: (...a: A) => Promise<R>) =>
    async (...a: A) => {
      await idle();
      return fn(...a);
    };
  conn.queryRaw = plain(conn.queryRaw.bind(conn));
  conn.executeRaw = plain(conn.executeRaw.bind(conn));
  conn.executeScript = plain(conn.executeScript.bind(conn));
  const start = conn.startTransaction.bind(conn);
  conn.startTransaction = async (...a) => {
    await idle();
    let release!: () => void;
    open = new Promise((r) => (release = r));
    const done = () => {
      open = null;
      release();
    };
    let tx: Transaction;
    try {
      tx = await start(...a);
    } catch (e) {
      done();
      throw e;
    }
    const commit = tx.commit.bind(tx),
      rollback = tx.rollback.bind(tx);
    tx.commit = () => commit().finally(done);
    tx.rollback = () => rollback().finally(done);
    return tx;
  };
  // The adapter keeps its better-sqlite3 handle in `client` (its public field, not its typings').
  const raw = (conn as unknown as { client: Database.Database }).client;
  const exclusive: TSqliteExclusive = async (fn) => {
    await idle();
    return fn(raw);
  };
  return { conn, exclusive };
}
