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

let n = 0;
export async function makeUser(db: TDb, overrides: { timezone?: string } = {}) {
  const email = `user${process.pid}-${n++}@example.com`;
  const created = await createUser(db, ZSignUp.parse({ name: "Sailor", email, password: "long enough password", timezone: overrides.timezone ?? "UTC" }));
  return db.user.findUniqueOrThrow({ where: { id: created.id } });
}
