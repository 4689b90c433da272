// The decks migration on a database that already holds course data: lessons,
// questions and cards are moved to the course deck, nothing is lost.
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, expect, it } from "vitest";
import { sqlitePath } from "@/lib/db/provider";
import { createTestDatabase, describeDb, testProvider } from "../support/test-db";

const DECKS = "20261206135205_decks";
const dir = path.resolve(
  import.meta.dirname,
  "../..",
  testProvider() === "postgresql" ? "prisma/postgres/migrations" : "prisma/migrations",
);
const migrations = fs
  .readdirSync(dir)
  .filter((d) => /^\d+_/.test(d))
  .sort();
const sql = (name: string) => fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8");

const SEED = `
INSERT INTO "User" ("id", "email", "name", "updatedAt") VALUES ('u1', 'a@example.com', 'A', CURRENT_TIMESTAMP);
INSERT INTO "Lesson" ("id", "slug", "number", "title", "tagline", "minutes", "level", "eli5", "body", "sourceFile", "contentHash", "updatedAt")
  VALUES ('l1', '01-x', 1, 'X', '', 1, '', '', '{}', '01-x.md', 'h', CURRENT_TIMESTAMP);
INSERT INTO "Question" ("id", "key", "lessonId", "kind", "prompt", "modelAnswer", "position", "contentHash", "updatedAt")
  VALUES ('q1', '01-x:abc', 'l1', 'recall', 'Why?', 'Because.', 0, 'h', CURRENT_TIMESTAMP);
INSERT INTO "Card" ("id", "userId", "questionId", "due", "reps", "stability", "updatedAt") VALUES ('c1', 'u1', 'q1', CURRENT_TIMESTAMP, 3, 4.5, CURRENT_TIMESTAMP);
`;

describeDb("decks migration", () => {
  let drop = async () => {};
  afterAll(() => drop());

  it("moves existing lessons, questions and cards to the course deck, keeping their state", async () => {
    const created = await createTestDatabase();
    drop = created.drop;
    const before = migrations.slice(0, migrations.indexOf(DECKS));
    const run = testProvider() === "postgresql" ? await pgRunner(created.url) : sqliteRunner(created.url);
    try {
      for (const m of before) await run.exec(sql(m));
      await run.exec(SEED);
      await run.exec(sql(DECKS));
      expect(await run.all(`SELECT "id", "kind" FROM "Deck"`)).toEqual([{ id: "course", kind: "course" }]);
      expect(await run.all(`SELECT "deckId" FROM "Lesson" UNION ALL SELECT "deckId" FROM "Question"`)).toEqual([
        { deckId: "course" },
        { deckId: "course" },
      ]);
      expect(await run.all(`SELECT "deckId", "reps", "stability" FROM "Card"`)).toEqual([
        { deckId: "course", reps: 3, stability: 4.5 },
      ]);
    } finally {
      await run.close();
    }
  });
});

function sqliteRunner(url: string) {
  const db = new Database(sqlitePath(url));
  return {
    exec: async (s: string) => void db.exec(s),
    all: async (s: string) => db.prepare(s).all(),
    close: async () => db.close(),
  };
}

async function pgRunner(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return {
    exec: async (s: string) => void (await client.query(s)),
    all: async (s: string) => (await client.query(s)).rows,
    close: () => client.end(),
  };
}
