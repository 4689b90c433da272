// Drives Prisma's WebAssembly schema engine through a driver adapter. The
// Prisma CLI's migrate commands need a native engine binary that these
// machines cannot download; the wasm engine writes the same
// prisma/migrations/<ts>_<name>/migration.sql history the CLI reads.
// Derived from shared/reference/prisma-wasm-migrate.mjs; each adapter
// workaround below is explained where it is applied.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { providerOf, type TProvider } from "@/lib/db/provider";

export const ROOT = path.resolve(import.meta.dirname, "../..");

export function schemaPaths(provider: TProvider) {
  const dir = provider === "sqlite" ? "prisma" : "prisma/postgres";
  return {
    schema: path.join(ROOT, dir, "schema.prisma"),
    migrations: path.join(ROOT, dir, "migrations"),
  };
}

type TEngine = {
  applyMigrations(i: unknown): Promise<{ appliedMigrationNames: string[] }>;
  createMigration(
    i: unknown,
  ): Promise<{ migrationScript: string | null; generatedMigrationName: string; extension: string }>;
  devDiagnostic(i: unknown): Promise<{ action: { tag: string; reason?: string } }>;
  diagnoseMigrationHistory(i: unknown): Promise<unknown>;
  diff(i: unknown): Promise<{ exitCode: number; stdout: string | null }>;
  free(): void;
};

let wasm: ReturnType<typeof instantiate> | undefined;
// One wasm instance per process: instantiating it twice corrupts its state.
const loadWasm = () => (wasm ??= instantiate());

async function instantiate() {
  // The engine reports Rust panics through this global; without it a panic
  // turns into an unrelated TypeError.
  const g = globalThis as { PRISMA_WASM_PANIC_REGISTRY?: { set_message(m: string): void } };
  g.PRISMA_WASM_PANIC_REGISTRY ??= { set_message: (m) => console.error(`[schema-engine panic] ${m}`) };
  const require = createRequire(import.meta.url);
  const dir = path.dirname(require.resolve("@prisma/schema-engine-wasm"));
  const bg = await import(path.join(dir, "schema_engine_bg.js"));
  const mod = new WebAssembly.Module(fs.readFileSync(path.join(dir, "schema_engine_bg.wasm")));
  const inst = new WebAssembly.Instance(mod, { "./schema_engine_bg.js": bg });
  bg.__wbg_set_wasm(inst.exports);
  (inst.exports as { __wbindgen_start?: () => void }).__wbindgen_start?.();
  return bg as { SchemaEngine: { new: (o: unknown, cb: unknown, a: unknown) => Promise<TEngine> } };
}

// The wasm engine replays whole multi-statement migration scripts through
// executeRaw, which better-sqlite3 rejects; run those as scripts instead.
function allowScripts(conn: SqlDriverAdapter): SqlDriverAdapter {
  const orig = conn.executeRaw.bind(conn);
  conn.executeRaw = async (q) => {
    try {
      return await orig(q);
    } catch (e) {
      const msg = String((e as Error)?.message ?? e);
      if (!/more than one statement/.test(msg) || q.args.length > 0) throw e;
      await conn.executeScript(q.sql);
      return 0;
    }
  };
  return conn;
}

// Postgres introspection selects "char" (OID 18) catalog columns, which
// @prisma/adapter-pg rejects; they are plain text for our purposes.
function charAsText(conn: SqlDriverAdapter): SqlDriverAdapter {
  const c = conn as unknown as { performIO: (...a: unknown[]) => Promise<{ fields?: { dataTypeID: number }[] }> };
  const orig = c.performIO.bind(conn);
  c.performIO = async (...a) => {
    const r = await orig(...a);
    for (const f of r.fields ?? []) if (f.dataTypeID === 18) f.dataTypeID = 25;
    return r;
  };
  return conn;
}

async function sqliteFactory(url: string) {
  const { PrismaBetterSqlite3 } = await import("@prisma/adapter-better-sqlite3");
  const f = new PrismaBetterSqlite3({ url });
  const c = f.connect.bind(f),
    s = f.connectToShadowDb.bind(f);
  f.connect = async () => allowScripts(await c());
  f.connectToShadowDb = async () => allowScripts(await s());
  return f;
}

async function pgFactory(url: string) {
  const { PrismaPg } = await import("@prisma/adapter-pg");
  // Discrete fields, not connectionString: pg lets connectionString override
  // `database`, which would make the "shadow" database the main one.
  const u = new URL(url);
  const config = {
    host: u.hostname,
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
    database: u.pathname.slice(1),
  };
  const f: SqlMigrationAwareDriverAdapterFactory = new PrismaPg(config);
  const connect: () => Promise<SqlDriverAdapter> = f.connect.bind(f);
  f.connect = async () => charAsText(await connect());
  // PrismaPg's own shadow database drops itself while its pool is still
  // open, which fails and leaks the database; close first, then drop.
  f.connectToShadowDb = async () => {
    const main = await connect();
    const name = `prisma_shadow_${crypto.randomUUID().replaceAll("-", "")}`;
    await main.executeScript(`CREATE DATABASE "${name}"`);
    const shadow = await new PrismaPg({ ...config, database: name }).connect();
    const release = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await release();
      await main.executeScript(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await main.dispose();
    };
    return charAsText(shadow);
  };
  return f;
}

export function readMigrations(dir: string) {
  fs.mkdirSync(dir, { recursive: true });
  const lock = path.join(dir, "migration_lock.toml");
  const names = fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  return {
    baseDir: dir,
    lockfile: { path: "migration_lock.toml", content: fs.existsSync(lock) ? fs.readFileSync(lock, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories: names.map((name) => {
      const file = path.join(dir, name, "migration.sql");
      return {
        path: name,
        migrationFile: {
          path: "migration.sql",
          content: fs.existsSync(file)
            ? { tag: "ok", value: fs.readFileSync(file, "utf8") }
            : { tag: "error", value: "missing" },
        },
      };
    }),
  };
}

export const FILTERS = { externalTables: [], externalEnums: [] };

export async function openSchemaEngine(url: string, schemaOverride?: string) {
  const provider = providerOf(url);
  const paths = schemaPaths(provider);
  const schemaText = schemaOverride ?? fs.readFileSync(paths.schema, "utf8");
  const factory: SqlMigrationAwareDriverAdapterFactory =
    provider === "sqlite" ? await sqliteFactory(url) : await pgFactory(url);
  // The engine never closes the connections it opens; an open SQLite handle
  // keeps its lock, so track them and close them with the engine.
  const opened: SqlDriverAdapter[] = [];
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const c = await connect();
    opened.push(c);
    return c;
  };
  const adapter = bindMigrationAwareSqlAdapterFactory(factory);
  const bg = await loadWasm();
  const engine = await bg.SchemaEngine.new(
    { datamodels: [[paths.schema, schemaText]] },
    (msg: string) => process.env.DEBUG_SCHEMA_ENGINE && console.error("[schema-engine]", msg),
    adapter,
  );
  return {
    engine,
    async close() {
      engine.free();
      await Promise.all(opened.map((c) => c.dispose().catch(() => {})));
    },
    provider,
    paths,
    schema: { files: [{ path: paths.schema, content: schemaText }] },
    migrations: () => readMigrations(paths.migrations),
    // Errors raised inside the JS adapter surface as "External error id#N".
    explain(e: unknown): string {
      const msg = String((e as Error)?.message ?? e);
      const id = /External error id#(\d+)/.exec(msg)?.[1];
      const inner = id ? adapter.errorRegistry.consumeError(Number(id))?.error : undefined;
      return inner ? `${msg}\n${JSON.stringify(inner)}` : msg;
    },
  };
}
