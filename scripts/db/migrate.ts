// Offline replacement for `prisma migrate deploy|dev` (see schema-engine.ts).
//   npm run db:migrate                 apply pending migrations to DATABASE_URL
//   npm run db:migrate -- status       what is applied, what is pending
//   npm run db:migration -- <name>     (developers) new migration for both providers
import fs from "node:fs";
import path from "node:path";
import "dotenv/config";
import Database from "better-sqlite3";
import { openSchemaEngine, FILTERS, ROOT } from "./schema-engine";
import { writePgSchema } from "./derive-pg-schema";
import { providerOf, sqlitePath } from "@/lib/db/provider";

export async function deploy(url: string): Promise<string[]> {
  if (providerOf(url) === "sqlite") prepareSqliteFile(url);
  const se = await openSchemaEngine(url);
  try {
    const r = await se.engine.applyMigrations({ migrationsList: se.migrations(), filters: FILTERS });
    return r.appliedMigrationNames;
  } catch (e) {
    throw new Error(se.explain(e));
  } finally {
    await se.close();
  }
}

// WAL lets readers run while a review is being written; the mode is stored
// in the file, so setting it once here covers every later connection.
function prepareSqliteFile(url: string) {
  const file = path.resolve(sqlitePath(url));
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.close();
}

const clean = (sql: string | null) => (sql ?? "").replace(/^-- This is an empty migration\.\s*$/m, "").trim();

/**
 * SQL still needed to reach what schema.prisma describes, two ways: from
 * the migration history replayed on a scratch database, and from the live
 * database itself. Both "" means no drift. `schemaText` lets a test check
 * that a schema the migrations do not build is caught.
 */
export async function checkDrift(url: string, schemaText?: string) {
  const se = await openSchemaEngine(url, schemaText);
  try {
    const to = { tag: "schemaDatamodel", files: se.schema.files };
    const fromMigrations = await se.engine.diff({
      from: { tag: "migrations", ...se.migrations() },
      to,
      script: true,
      exitCode: null,
      filters: FILTERS,
    });
    const fromDatabase = await se.engine.diff({
      from: { tag: "schemaDatasource", files: se.schema.files, configDir: ROOT },
      to,
      script: true,
      exitCode: null,
      filters: FILTERS,
    });
    return { fromMigrations: clean(fromMigrations.stdout), fromDatabase: clean(fromDatabase.stdout) };
  } catch (e) {
    throw new Error(se.explain(e));
  } finally {
    await se.close();
  }
}

export async function createMigration(url: string, name: string) {
  const se = await openSchemaEngine(url);
  try {
    await se.engine.applyMigrations({ migrationsList: se.migrations(), filters: FILTERS });
    const diag = await se.engine.devDiagnostic({ migrationsList: se.migrations(), filters: FILTERS });
    if (diag.action.tag === "reset") throw new Error(`drift detected, reset needed: ${diag.action.reason}`);
    const out = await se.engine.createMigration({
      draft: false,
      migrationName: name,
      migrationsList: se.migrations(),
      schema: se.schema,
      filters: FILTERS,
    });
    if (out.migrationScript == null) return null;
    const dir = path.join(se.paths.migrations, out.generatedMigrationName);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, `migration.${out.extension}`), out.migrationScript);
    const lock = path.join(se.paths.migrations, "migration_lock.toml");
    if (!fs.existsSync(lock)) fs.writeFileSync(lock, `provider = "${se.provider}"\n`);
    return path.relative(ROOT, dir);
  } catch (e) {
    throw new Error(se.explain(e));
  } finally {
    await se.close();
  }
}

async function main() {
  const [cmd = "deploy", name] = process.argv.slice(2);
  const url = process.env.DATABASE_URL ?? "file:./.data/deckhand.db";
  if (cmd === "deploy") {
    const applied = await deploy(url);
    console.log(applied.length ? `applied: ${applied.join(", ")}` : "database is up to date");
  } else if (cmd === "status") {
    const se = await openSchemaEngine(url);
    console.log(
      await se.engine.diagnoseMigrationHistory({
        migrationsList: se.migrations(),
        optInToShadowDatabase: false,
        filters: FILTERS,
      }),
    );
    await se.close();
  } else if (cmd === "check") {
    const d = await checkDrift(url);
    if (d.fromMigrations) console.log(`DRIFT: the migrations do not build schema.prisma:\n${d.fromMigrations}`);
    if (d.fromDatabase) console.log(`DRIFT: the database differs from schema.prisma:\n${d.fromDatabase}`);
    if (d.fromMigrations || d.fromDatabase) process.exitCode = 1;
    else console.log("migrations and database match schema.prisma");
  } else if (cmd === "new" && name) {
    writePgSchema(ROOT);
    // Each provider's migration is diffed against a scratch database of its own kind.
    const scratch = path.join(ROOT, ".data", `scratch-${Date.now()}.db`);
    const pgAdmin = process.env.PG_ADMIN_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
    const pgScratch = await (await import("@/lib/db/pg-database")).createPgDatabase(pgAdmin, "migration_scratch");
    try {
      fs.mkdirSync(path.dirname(scratch), { recursive: true });
      const lite = await createMigration(`file:${scratch}`, name);
      let pgDir = await createMigration(pgScratch.url, name);
      // Same folder name in both histories, so a test can pair them up.
      if (lite && pgDir && path.basename(lite) !== path.basename(pgDir)) {
        const renamed = path.join(path.dirname(pgDir), path.basename(lite));
        fs.renameSync(path.join(ROOT, pgDir), path.join(ROOT, renamed));
        pgDir = renamed;
      }
      console.log("sqlite:", lite ?? "already in sync");
      console.log("postgresql:", pgDir ?? "already in sync");
    } finally {
      fs.rmSync(scratch, { force: true });
      await pgScratch.drop();
    }
  } else {
    console.error("usage: db:migrate [deploy|status] | db:migration <name>");
    process.exitCode = 2;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
