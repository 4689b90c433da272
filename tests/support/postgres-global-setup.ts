// Decides once whether the PostgreSQL suite can run. Without a server it is
// skipped loudly on a laptop, and fails in CI where a skip would hide it.
import type { TestProject } from "vitest/node";
import { pgReachable } from "@/lib/db/pg-database";

export const PG_ADMIN_URL = process.env.PG_ADMIN_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

export default async function setup(project: TestProject) {
  const ok = await pgReachable(PG_ADMIN_URL);
  if (!ok && process.env.CI) {
    throw new Error(`PostgreSQL is not reachable at ${PG_ADMIN_URL}; in CI the PostgreSQL suite must run.`);
  }
  if (!ok) {
    const bar = "!".repeat(72);
    console.warn(`\n${bar}\n  POSTGRESQL SUITE SKIPPED: no server at ${PG_ADMIN_URL}\n  Start one (README → PostgreSQL) or set PG_ADMIN_URL.\n${bar}\n`);
  }
  project.provide("pgAvailable", ok);
  project.provide("pgAdminUrl", PG_ADMIN_URL);
}

declare module "vitest" {
  export interface ProvidedContext {
    pgAvailable: boolean;
    pgAdminUrl: string;
  }
}
