// @prisma/adapter-better-sqlite3 runs every request on one connection and
// only makes transactions wait for each other: a plain statement from another
// request, issued while an interactive transaction awaits, runs *inside* that
// transaction, sees its uncommitted rows and is rolled back with it. Here plain
// statements wait until no transaction is open, so a rollback (a lost
// two-tab race, a retried review) can never take another request's write.
import type { SqlDriverAdapter, SqlDriverAdapterFactory, Transaction } from "@prisma/driver-adapter-utils";

export function serializeSqlite<F extends SqlDriverAdapterFactory>(factory: F): F {
  const connect = factory.connect.bind(factory);
  factory.connect = async () => guard(await connect());
  return factory;
}

function guard(conn: SqlDriverAdapter): SqlDriverAdapter {
  let open: Promise<void> | null = null;
  const idle = async () => {
    while (open) await open;
  };
  const plain = <A extends unknown[], R>(fn: (...a: A) => Promise<R>) => async (...a: A) => {
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
    const commit = tx.commit.bind(tx), rollback = tx.rollback.bind(tx);
    tx.commit = () => commit().finally(done);
    tx.rollback = () => rollback().finally(done);
    return tx;
  };
  return conn;
}
