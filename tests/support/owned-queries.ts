// Finds the queries of user-owned models that do not go through the data
// layer's door (lib/db/owned.ts): a Prisma call `<x>.card.findMany(` whose
// receiver is not a client made by owned(). Kept as the test
// tests/unit/foundation/owned-queries.test.ts; run alone it prints the list:
//   npx tsx tests/support/owned-queries.ts
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

export const OWNED = [
  "card",
  "reviewLog",
  "interviewSession",
  "interviewAnswer",
  "dailyActivity",
  "cardActionLog",
  "activityTotal",
  "apiToken",
];

/**
 * Modules that may read owned rows of more than one user, each for a reason
 * the door cannot express (there is no single signed-in user).
 */
export const CROSS_USER: Record<string, string> = {
  "lib/content/import-content.ts":
    "a course import adds, revives and retires the cards of every user for the questions it changes",
  "lib/cards/create-cards.ts":
    "creates the cards of new questions for every user (content import) and a new user's deck (sign-up, before a session)",
  "lib/review/load-graded-examples.ts":
    "the scorer learns from every user's graded answers to the same question (read-only, never shown)",
};

// Prisma's model methods only: `card.catch(` on a variable named card is no query.
const METHODS = [
  "findMany",
  "findFirst",
  "findFirstOrThrow",
  "findUnique",
  "findUniqueOrThrow",
  "create",
  "createMany",
  "createManyAndReturn",
  "update",
  "updateMany",
  "updateManyAndReturn",
  "upsert",
  "delete",
  "deleteMany",
  "count",
  "aggregate",
  "groupBy",
];
const CALL = new RegExp(
  String.raw`([\w$]+(?:\([^()]*\))?)\s*\.\s*(${OWNED.join("|")})\s*\.\s*(${METHODS.join("|")})\s*\(`,
  "g",
);

export type TFinding = { file: string; line: number; text: string };

function* sourceFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (name === "generated" || name === "node_modules") continue;
    if (statSync(p).isDirectory()) yield* sourceFiles(p);
    else if (/\.tsx?$/.test(name)) yield p;
  }
}

/** Names bound to owned(...) in a file: `const mine = owned(...)` or a parameter typed TOwned. */
function ownedNames(src: string) {
  const names = new Set<string>();
  for (const m of src.matchAll(/\b(?:const|let)\s+([\w$]+)\s*=\s*owned(?:<[^>]*>)?\(/g)) names.add(m[1]!);
  for (const m of src.matchAll(/([\w$]+)\s*:\s*TOwned\b/g)) names.add(m[1]!);
  return names;
}

export function findOwnedQueries(root: string, dirs = ["lib", "app"]): TFinding[] {
  const out: TFinding[] = [];
  for (const dir of dirs) {
    for (const file of sourceFiles(path.join(root, dir))) {
      const rel = path.relative(root, file);
      if (rel === path.join("lib", "db", "owned.ts") || rel in CROSS_USER) continue;
      out.push(...scanSource(rel, readFileSync(file, "utf8")));
    }
  }
  return out;
}

/** The owned-model calls in one file's text whose receiver is not an owned() client. */
export function scanSource(file: string, src: string): TFinding[] {
  const names = ownedNames(src);
  const out: TFinding[] = [];
  for (const m of src.matchAll(CALL)) {
    const receiver = m[1]!;
    if (names.has(receiver) || /^owned(<[^>]*>)?\(/.test(receiver)) continue;
    out.push({ file, line: src.slice(0, m.index).split("\n").length, text: m[0] });
  }
  return out;
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  const found = findOwnedQueries(process.cwd());
  const byFile = new Map<string, number>();
  for (const f of found) byFile.set(f.file, (byFile.get(f.file) ?? 0) + 1);
  for (const [file, n] of [...byFile].sort((a, b) => b[1] - a[1])) console.log(String(n).padStart(4), file);
  console.log(`${found.length} queries of user-owned models outside the data layer, in ${byFile.size} files`);
}
