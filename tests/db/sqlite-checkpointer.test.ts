import { statSync } from "node:fs";
import { expect, it } from "vitest";
import { sqliteExclusive } from "@/lib/db/client";
import { checkpointInBackground } from "@/lib/db/sqlite-checkpointer";
import { describeDb, testProvider, useTestDb } from "../support/test-db";

describeDb("SQLite checkpoints off the event loop", () => {
  const t = useTestDb();

  it("copy the log into the database file from a worker, with the app's own checkpoint at its default as the backstop", async ({
    skip,
  }) => {
    if (testProvider() !== "sqlite") skip();
    const started = await checkpointInBackground(t.db);
    try {
      const file = await sqliteExclusive(t.db)!((conn) => conn.name);
      expect(await sqliteExclusive(t.db)!((conn) => conn.pragma("wal_autocheckpoint", { simple: true }))).toBe(1_000n);
      await t.db.$executeRawUnsafe(`CREATE TABLE "CheckpointProbe" ("n" INTEGER, "pad" TEXT)`);
      await new Promise((r) => setTimeout(r, 500));
      const before = statSync(file).size;
      // ~1.2 MB in 300 commits: about 300 pages, below the backstop, so only the worker copies them.
      for (let i = 0; i < 300; i++)
        await sqliteExclusive(t.db)!((conn) =>
          conn.prepare(`INSERT INTO "CheckpointProbe" VALUES (?, ?)`).run(i, "x".repeat(4_000)),
        );
      // The worker copies within ~200 ms on a quiet machine; the wait is long only so a loaded CI machine cannot fail it (the loop ends as soon as the file grows).
      const deadline = Date.now() + 20_000;
      while (statSync(file).size < before + 1_000_000 && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 50));
      expect(statSync(file).size).toBeGreaterThan(before + 1_000_000);
    } finally {
      await started?.stop();
    }
  });
});
