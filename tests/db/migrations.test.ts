import fs from "node:fs";
import { expect, it } from "vitest";
import { checkDrift } from "@/scripts/db/migrate";
import { schemaPaths } from "@/scripts/db/schema-engine";
import { describeDb, testProvider, useTestDb } from "../support/test-db";

describeDb("migrations", () => {
  const t = useTestDb();

  it("build exactly what schema.prisma describes, on an empty database", async () => {
    const drift = await checkDrift(t.url);
    expect(drift).toEqual({ fromMigrations: "", fromDatabase: "" });
  });

  it("report drift when the schema wants something the migrations do not build", async () => {
    const schema = fs.readFileSync(schemaPaths(testProvider()).schema, "utf8");
    const changed = schema.replace("model User {", "model User {\n  nickname String?");
    const drift = await checkDrift(t.url, changed);
    expect(drift.fromMigrations).toMatch(/nickname/);
    expect(drift.fromDatabase).toMatch(/nickname/);
  });

  it("leave SQLite in WAL mode", async ({ skip }) => {
    if (testProvider() !== "sqlite") skip();
    const rows = await t.db.$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode");
    expect(rows[0]?.journal_mode).toBe("wal");
  });
});
