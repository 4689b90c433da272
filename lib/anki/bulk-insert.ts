// Multi-row INSERTs for the import's 200,000 review logs: Prisma's createMany
// spends most of an import building and checking one object per row (and its
// garbage), several times what the database itself needs. The rows were built
// and checked by the importer; the values are bound as parameters, never
// spliced into the SQL. Ids, createdAt and updatedAt (client-side defaults in
// Prisma) are filled in here.
import { randomUUID } from "node:crypto";
import type { TDb } from "@/lib/db/client";

type TTx = Pick<TDb, "$executeRawUnsafe">;
// Both engines' parameter limits are far above this (SQLite 32,766, PostgreSQL 65,535).
const MAX_PARAMS = 30_000;

export async function bulkInsert(
  tx: TTx,
  provider: "sqlite" | "postgresql",
  table: "Question" | "Card" | "ReviewLog",
  rows: readonly Record<string, unknown>[],
  now: Date,
) {
  if (!rows.length) return;
  const stamps = table === "ReviewLog" ? { createdAt: now } : { createdAt: now, updatedAt: now };
  const columns = [...new Set(["id", ...Object.keys(rows[0]!), ...Object.keys(stamps)])];
  const perChunk = Math.max(1, Math.floor(MAX_PARAMS / columns.length));
  const value = (v: unknown) =>
    provider === "sqlite" && typeof v === "boolean" ? (v ? 1 : 0) : v === undefined ? null : v;
  for (let start = 0; start < rows.length; start += perChunk) {
    const chunk = rows.slice(start, start + perChunk);
    const params: unknown[] = [];
    const tuples = chunk.map((r) => {
      const full: Record<string, unknown> = { id: randomUUID(), ...stamps, ...r };
      const marks = columns.map((c) => {
        params.push(value(full[c]));
        return provider === "postgresql" ? `$${params.length}` : "?";
      });
      return `(${marks.join(",")})`;
    });
    const sql = `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(",")}) VALUES ${tuples.join(",")}`;
    await tx.$executeRawUnsafe(sql, ...params);
  }
}
