// A fresh, migrated database for one test file: a new SQLite file or a new
// PostgreSQL database, chosen by the project (TEST_DB). Never a mock.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, inject } from "vitest";
import { createDb, type TDb } from "@/lib/db/client";
import { deploy } from "@/scripts/db/migrate";
import { createPgDatabase } from "@/lib/db/pg-database";
import { importChapters } from "./seed";

export const testProvider = () => (process.env.TEST_DB === "postgresql" ? "postgresql" : "sqlite");

export async function createTestDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  if (testProvider() === "postgresql") return createPgDatabase(inject("pgAdminUrl"), "deckhand_test");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "deckhand-test-"));
  return {
    url: `file:${path.join(dir, "test.db")}`,
    drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

/** describe() named for the provider it runs on (a missing PostgreSQL fails the run: tests/support/opt-out.ts). */
export const describeDb = (name: string, fn: () => void) => describe(`${name} [${testProvider()}]`, fn);

/**
 * Registers hooks giving the file its own migrated database; read `.db` inside tests.
 * `chapters`: course files imported once the database is ready (the real importer).
 */
export function useTestDb(options: { chapters?: string[] } = {}) {
  const ctx = { db: undefined as unknown as TDb, url: "" };
  let drop: () => Promise<void> = async () => {};
  beforeAll(async () => {
    const created = await createTestDatabase();
    drop = created.drop;
    ctx.url = created.url;
    await deploy(created.url);
    ctx.db = createDb(created.url);
    if (options.chapters) await importChapters(ctx.db, options.chapters);
  });
  afterAll(async () => {
    await ctx.db?.$disconnect();
    await drop();
  });
  return ctx;
}
