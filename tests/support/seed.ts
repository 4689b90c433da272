// Test fixtures built from the real course: the seed chapter imported with
// the real importer, and users made by the real sign-up code.
import fs from "node:fs";
import path from "node:path";
import type { TDb } from "@/lib/db/client";
import { checkContent } from "@/lib/content/check-content";
import { importContent } from "@/lib/content/import-content";
import { createUser } from "@/lib/users/create-user";
import { ZSignUp } from "@/lib/users/schemas";

const root = path.resolve(import.meta.dirname, "../..");

export async function importChapters(db: TDb, files: string[], now = new Date("2026-01-01T00:00:00Z")) {
  const result = checkContent(files.map((f) => ({ file: f, bytes: fs.readFileSync(path.join(root, f)) })));
  if (result.errors.length) throw new Error(JSON.stringify(result.errors));
  return importContent(db, result.lessons, { now });
}

export const TEST_PASSWORD = "long enough password";

let n = 0;
/** The one DB user fixture: a user made by the real sign-up code (a unique e-mail unless one is given). */
export async function makeUser(db: TDb, overrides: { timezone?: string; email?: string; name?: string } = {}) {
  const email = overrides.email ?? `user${process.pid}-${n++}@example.com`;
  const input = {
    name: overrides.name ?? "Sailor",
    email,
    password: TEST_PASSWORD,
    timezone: overrides.timezone ?? "UTC",
  };
  const created = await createUser(db, ZSignUp.parse(input));
  return db.user.findUniqueOrThrow({ where: { id: created.id } });
}

/** Idempotency keys unique to this process and file: `tag-<pid>-<n>`. */
export function keyMaker(tag: string) {
  let i = 0;
  return () => `${tag}-${process.pid}-${i++}`;
}
