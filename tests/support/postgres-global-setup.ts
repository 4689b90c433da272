// Decides once whether the PostgreSQL suite runs. Without a server the run
// fails, unless the person opted out by name (DECKHAND_SKIP=pg): tests/support/opt-out.ts.
import type { TestProject } from "vitest/node";
import { pgReachable } from "@/lib/db/pg-database";
import { requirePart } from "./opt-out";

export const PG_ADMIN_URL = process.env.PG_ADMIN_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

export default async function setup(project: TestProject) {
  requirePart(
    "pg",
    await pgReachable(PG_ADMIN_URL),
    `PostgreSQL is not reachable at ${PG_ADMIN_URL}: start one (README → PostgreSQL) or set PG_ADMIN_URL.`,
  );
  project.provide("pgAdminUrl", PG_ADMIN_URL);
}

declare module "vitest" {
  export interface ProvidedContext {
    pgAdminUrl: string;
  }
}
