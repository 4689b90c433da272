// Throwaway benchmark databases: a temp SQLite file or a new PostgreSQL
// database, migrated, with the course from content/ and users with tokens.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { checkContent } from "@/lib/content/check-content";
import { importContent } from "@/lib/content/import-content";
import { readContentFiles } from "@/lib/content/read-content-files";
import type { TDb } from "@/lib/db/client";
import type { TProvider } from "@/lib/db/provider";
import type { TReviewUser } from "@/lib/review/record-review";
import { createToken } from "@/lib/tokens/manage-tokens";
import { createUser } from "@/lib/users/create-user";
import { ZSignUp } from "@/lib/users/schemas";
import { deploy } from "@/scripts/db/migrate";
import { createPgDatabase, pgReachable } from "@/lib/db/pg-database";

export const PG_ADMIN_URL = process.env.PG_ADMIN_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const ROOT = path.resolve(import.meta.dirname, "../..");

export type TBenchDatabase = { provider: TProvider; url: string; drop: () => Promise<void> };
export type TBenchUser = { user: TReviewUser; token: string; cardIds: string[] };

/** A fresh migrated database, or null when PostgreSQL is not reachable. */
export async function createBenchDatabase(provider: TProvider, tag: string): Promise<TBenchDatabase | null> {
  let created: Omit<TBenchDatabase, "provider">;
  if (provider === "postgresql") {
    if (!(await pgReachable(PG_ADMIN_URL))) return null;
    created = await createPgDatabase(PG_ADMIN_URL, `deckhand_bench_${tag}`);
  } else {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `deckhand-bench-${tag}-`));
    created = {
      url: `file:${path.join(dir, "bench.db")}`,
      drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
    };
  }
  await deploy(created.url);
  return { provider, ...created };
}

/** The course in content/, through the real checker and importer. */
export async function importCourse(db: TDb): Promise<number> {
  const result = checkContent(await readContentFiles([path.join(ROOT, "content")]));
  if (result.errors.length) throw new Error(`content/ has errors: ${JSON.stringify(result.errors.slice(0, 3))}`);
  const summary = await importContent(db, result.lessons, { complete: true });
  return summary.questions.created;
}

/** Users made by the real sign-up code (cards for every question), each with a personal token; leeches off. */
export async function createBenchUsers(db: TDb, count: number): Promise<TBenchUser[]> {
  const out: TBenchUser[] = [];
  for (let i = 0; i < count; i++) {
    const input = ZSignUp.parse({
      name: `Bench ${i}`,
      email: `bench-${i}-${process.pid}@example.com`,
      password: "bench password 0123",
      timezone: "UTC",
    });
    const { id } = await createUser(db, input);
    const { token } = await createToken(db, id, "bench");
    // Random ratings turn a card reviewed hundreds of times into a leech (suspended → 409);
    // a threshold out of reach keeps every card reviewable for the whole run.
    const user = await db.user.update({ where: { id }, data: { leechThreshold: 1_000_000 } });
    const cards = await db.card.findMany({ where: { userId: id }, select: { id: true } });
    out.push({ user, token, cardIds: cards.map((c) => c.id) });
  }
  return out;
}
