// Backups a person can restore, for both databases:
// - SQLite: better-sqlite3's online backup API, one consistent snapshot while
//   the app keeps serving (WAL: writers do not wait for it); restore copies the
//   snapshot into the target file through the same API (the app stopped).
// - PostgreSQL: pg_dump's custom format (compressed, restorable selectively)
//   and pg_restore, from Debian's postgresql-client.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { providerOf, sqlitePath } from "@/lib/db/provider";

/** libpq refuses Prisma's own URL parameters (schema=…, connection_limit=…). */
export function libpqUrl(url: string): string {
  const u = new URL(url);
  for (const k of ["schema", "connection_limit", "pool_timeout", "pgbouncer", "socket_timeout", "statement_cache_size"])
    u.searchParams.delete(k);
  return u.toString();
}

function run(bin: string, args: string[]) {
  const r = spawnSync(bin, args, { stdio: ["ignore", "inherit", "pipe"], encoding: "utf8" });
  if (r.error) throw new Error(`${bin} could not run (${r.error.message}); install Debian's postgresql-client`);
  if (r.status !== 0) throw new Error(`${bin} failed (exit ${r.status}): ${r.stderr.trim().slice(0, 2000)}`);
}

export const defaultBackupFile = (url: string, now = new Date()) =>
  path.join(
    "backups",
    `deckhand-${now.toISOString().replace(/[:.]/g, "-")}.${providerOf(url) === "postgresql" ? "dump" : "db"}`,
  );

export async function backupDatabase(url: string, out: string): Promise<{ file: string; bytes: number }> {
  fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
  const partial = `${out}.partial`;
  fs.rmSync(partial, { force: true });
  if (providerOf(url) === "postgresql") {
    run("pg_dump", ["--format=custom", "--no-owner", "--no-privileges", `--file=${partial}`, libpqUrl(url)]);
  } else {
    const src = new Database(path.resolve(sqlitePath(url)), { fileMustExist: true, timeout: 5000 });
    try {
      // All pages in one step: a snapshot no write can restart halfway (the default 100-page steps
      // start over each time another connection writes, which under steady load may never end).
      await src.backup(partial, { progress: () => 1_000_000_000 });
    } finally {
      src.close();
    }
  }
  // Renamed only when complete: a crash never leaves a half file under the real name.
  fs.renameSync(partial, out);
  return { file: out, bytes: fs.statSync(out).size };
}

/** Into an empty database (or any, with force: its tables are replaced). Stop the app first. */
export async function restoreDatabase(url: string, file: string, force = false): Promise<void> {
  if (!fs.existsSync(file)) throw new Error(`no backup file at ${file}`);
  if (providerOf(url) === "postgresql") {
    run("pg_restore", [
      "--no-owner",
      "--no-privileges",
      "--exit-on-error",
      "--single-transaction",
      ...(force ? ["--clean", "--if-exists"] : []),
      `--dbname=${libpqUrl(url)}`,
      file,
    ]);
    return;
  }
  const target = path.resolve(sqlitePath(url));
  if (!force && fs.existsSync(target) && fs.statSync(target).size > 0) {
    throw new Error(`${target} exists; restore goes into an empty database (pass --force to replace it)`);
  }
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const src = new Database(path.resolve(file), { readonly: true, fileMustExist: true });
  try {
    await src.backup(target, { progress: () => 1_000_000_000 });
  } finally {
    src.close();
  }
}
