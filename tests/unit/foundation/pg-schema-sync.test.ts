import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { derivePgSchema, pgSchemaPath } from "@/scripts/db/derive-pg-schema";

const root = path.resolve(import.meta.dirname, "../../..");
const read = (p: string) => fs.readFileSync(p, "utf8");

describe("the PostgreSQL schema", () => {
  it("is exactly what schema.prisma derives to (run `npm run db:schema` after editing it)", () => {
    expect(read(pgSchemaPath(root))).toBe(derivePgSchema(read(path.join(root, "prisma/schema.prisma"))));
  });

  it("differs from the SQLite schema only in provider and client output", () => {
    const pg = derivePgSchema(
      'generator client {\n  output       = "../lib/db/generated/sqlite"\n}\ndatasource db {\n  provider = "sqlite"\n}\n',
    );
    expect(pg).toContain('provider = "postgresql"');
    expect(pg).toContain("../../lib/db/generated/pg");
    expect(() => derivePgSchema("datasource db {}")).toThrow(/derived/);
  });

  it("has a migration history for each provider with the same migration names", () => {
    const names = (dir: string) =>
      fs
        .readdirSync(path.join(root, dir))
        .filter((n) => !n.endsWith(".toml"))
        .sort();
    expect(names("prisma/postgres/migrations")).toEqual(names("prisma/migrations"));
    expect(names("prisma/migrations").length).toBeGreaterThan(0);
  });
});
