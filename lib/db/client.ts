// One Prisma client per process, on globalThis so Next's dev reloads reuse
// it. SQLite and PostgreSQL need different generated clients (one client
// serves one provider); their query APIs are identical, so the app is typed
// against the SQLite one.
import { PrismaClient } from "./generated/sqlite/client";
import { PrismaClient as PgPrismaClient } from "./generated/pg/client";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import path from "node:path";
import pg from "pg";
import { providerOf, sqlitePath } from "./provider";
import { serializeSqlite, type TSqliteExclusive } from "./serialize-sqlite";
import { checkpointInBackground } from "./sqlite-checkpointer";

export type TDb = PrismaClient;

// What createDb knows about a client lives on the client itself, under global symbols:
// Next bundles this module more than once (pages, routes, instrumentation), each copy with
// its own module state, while the one client is shared through globalThis (getDb).
type TClientFacts = { provider: "sqlite" | "postgresql"; pool?: pg.Pool; exclusive?: TSqliteExclusive };
const FACTS = Symbol.for("deckhand.db.facts");
const factsOf = (db: TDb): TClientFacts | undefined => (db as unknown as Record<symbol, TClientFacts>)[FACTS];
const setFacts = (db: TDb, facts: TClientFacts) =>
  Object.defineProperty(db, FACTS, { value: facts, enumerable: false });

/** Which provider a client made by createDb talks to, for the few raw queries whose SQL differs. */
export const dbProvider = (db: TDb): "sqlite" | "postgresql" => factsOf(db)?.provider ?? "sqlite";

/** A PostgreSQL client's pool (shared with Prisma); null on SQLite. */
export const pgPool = (db: TDb): pg.Pool | null => factsOf(db)?.pool ?? null;

/** A SQLite client's synchronous access to its connection (see serialize-sqlite); null on PostgreSQL. */
export const sqliteExclusive = (db: TDb): TSqliteExclusive | null => factsOf(db)?.exclusive ?? null;

/** `log`: Prisma's log option (the benchmarks' --explain listens to every query). */
export function createDb(url: string, log?: ConstructorParameters<typeof PrismaClient>[0]["log"]): TDb {
  if (providerOf(url) === "postgresql") {
    // Our pool, lent to Prisma, so the hot raw statements (lib/db/raw-rows.ts) can use it directly.
    const pool = new pg.Pool({ connectionString: url, max: Number(process.env.PG_POOL_MAX ?? 10) });
    // An idle connection's error (a server restart) is the pool's to handle: it drops the
    // connection and opens another when asked. Unheard, the event would end the process.
    pool.on("error", (e) => console.error("PostgreSQL connection lost (the pool reconnects):", e.message));
    const adapter = new PrismaPg(pool, { disposeExternalPool: true });
    const client = new PgPrismaClient({ adapter, ...(log ? { log } : {}) }) as unknown as TDb;
    // Prisma ends the pool only if it connected; the raw statements may have used it without.
    const disconnect = client.$disconnect.bind(client);
    client.$disconnect = async () => {
      await disconnect();
      if (!pool.ended) await pool.end();
    };
    setFacts(client, { provider: "postgresql", pool });
    return client;
  }
  const file = path.resolve(process.cwd(), sqlitePath(url));
  // busy timeout: a second process (CLI import, a test) may hold the write lock briefly.
  const { factory, exclusive } = serializeSqlite(new PrismaBetterSqlite3({ url: file, timeout: 5000 }));
  const client = new PrismaClient({ adapter: factory, ...(log ? { log } : {}) });
  // The connection exists once Prisma connects; a first statement through `exclusive` asks it to.
  let connected: Promise<void> | null = null;
  setFacts(client, {
    provider: "sqlite",
    exclusive: async (fn) => {
      await (connected ??= client.$connect());
      return exclusive(fn);
    },
  });
  return client;
}

const g = globalThis as unknown as { deckhandDb?: TDb };

/** The app's client (one per process); on SQLite its checkpoints run off the event loop. */
export function getDb(url: string): TDb {
  if (!g.deckhandDb) {
    g.deckhandDb = createDb(url);
    void checkpointInBackground(g.deckhandDb).catch((e: Error) =>
      console.error("SQLite background checkpointer did not start:", e.message),
    );
  }
  return g.deckhandDb;
}
