// prisma/schema.prisma (SQLite) is the one schema people edit; the PostgreSQL
// copy is generated because one Prisma client can serve only one provider.
import fs from "node:fs";
import path from "node:path";

const HEADER = "// GENERATED from prisma/schema.prisma by `npm run db:schema`. Do not edit.\n";

export function derivePgSchema(sqliteSchema: string): string {
  const out = sqliteSchema
    .replace(/provider\s*=\s*"sqlite"/, 'provider = "postgresql"')
    .replace('output       = "../lib/db/generated/sqlite"', 'output       = "../../lib/db/generated/pg"');
  if (out === sqliteSchema || !out.includes("generated/pg")) {
    throw new Error(
      "prisma/schema.prisma no longer has the datasource/generator lines the PostgreSQL copy is derived from",
    );
  }
  return HEADER + out;
}

export function pgSchemaPath(root: string) {
  return path.join(root, "prisma/postgres/schema.prisma");
}

export function writePgSchema(root: string): boolean {
  const next = derivePgSchema(fs.readFileSync(path.join(root, "prisma/schema.prisma"), "utf8"));
  const file = pgSchemaPath(root);
  const prev = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : null;
  if (prev === next) return false;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, next);
  return true;
}
