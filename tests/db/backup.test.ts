// db:backup under write load, db:restore into an empty database: the same
// users, teams, cards (FSRS state matching their last log), review logs and
// totals — a snapshot, never half a review.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, inject, it } from "vitest";
import { createDb, type TDb } from "@/lib/db/client";
import { createPgDatabase } from "@/lib/db/pg-database";
import { recordReview } from "@/lib/review/record-review";
import { createTeam } from "@/lib/teams/create-team";
import { joinTeam } from "@/lib/teams/join-team";
import { backupDatabase, restoreDatabase } from "@/scripts/db/backup-restore";
import { describeDb, testProvider, useTestDb } from "../support/test-db";
import { importChapters, makeUser } from "../support/seed";

const byId = <T extends { id: string }>(rows: T[]) => new Map(rows.map((r) => [r.id, r]));

async function emptyDatabase(dir: string) {
  if (testProvider() === "postgresql") return createPgDatabase(inject("pgAdminUrl"), "deckhand_restore");
  return { url: `file:${path.join(dir, "restored.db")}`, drop: async () => {} };
}

describeDb("backup and restore", () => {
  const t = useTestDb();

  it("a backup taken under write load restores to a consistent copy", { timeout: 120_000 }, async () => {
    await importChapters(t.db, ["content/02-pods-services-ingress.md"]);
    const users = await Promise.all(Array.from({ length: 4 }, () => makeUser(t.db)));
    const team = await createTeam(t.db, users[0]!.id, "Backups");
    for (const u of users.slice(1)) await joinTeam(t.db, u.id, team.inviteCode, new Date(), 100);
    const cards = await Promise.all(
      users.map((u) => t.db.card.findMany({ where: { userId: u.id }, select: { id: true } })),
    );
    let n = 0;
    const review = (i: number) => {
      const c = cards[i]![n % cards[i]!.length]!;
      return recordReview(
        t.db,
        { ...users[i]!, leechThreshold: 1_000_000 },
        { cardId: c.id, rating: ((n++ % 4) + 1) as 1 | 2 | 3 | 4, idempotencyKey: `bk-${n}` },
        new Date(),
      );
    };
    for (let k = 0; k < 40; k++) await review(k % users.length);
    const before = await t.db.reviewLog.count();

    let writing = true;
    let during = 0;
    const load = Promise.all(
      users.map(async (_, i) => {
        while (writing) {
          await review(i);
          during++;
          // SQLite's driver answers synchronously: without a turn of the event loop the backup never runs.
          await new Promise((r) => setImmediate(r));
        }
      }),
    );
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "deckhand-backup-"));
    const out = path.join(dir, "backup.bin");
    const started = during;
    try {
      await new Promise((r) => setTimeout(r, 200));
      const { bytes } = await backupDatabase(t.url, out);
      expect(bytes).toBeGreaterThan(0);
      await new Promise((r) => setTimeout(r, 200));
    } finally {
      writing = false;
      await load;
    }
    expect(during - started).toBeGreaterThan(5); // the backup really ran under writes

    const target = await emptyDatabase(dir);
    let restored: TDb | null = null;
    try {
      await restoreDatabase(target.url, out);
      restored = createDb(target.url);
      await expectConsistentCopy(t.db, restored, before);
      await expect(restoreDatabase(target.url, out)).rejects.toThrow();
    } finally {
      await restored?.$disconnect();
      await target.drop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

async function expectConsistentCopy(source: TDb, copy: TDb, logsBefore: number) {
  const pick = { id: true, email: true, passwordHash: true, sessionVersion: true } as const;
  expect(await copy.user.findMany({ select: pick, orderBy: { id: "asc" } })).toEqual(
    await source.user.findMany({ select: pick, orderBy: { id: "asc" } }),
  );
  const members = { teamId: true, userId: true, role: true } as const;
  expect(await copy.membership.findMany({ select: members, orderBy: { id: "asc" } })).toEqual(
    await source.membership.findMany({ select: members, orderBy: { id: "asc" } }),
  );

  // Every log in the copy is the source's row, unchanged; the copy has at least what was there before the load.
  const logs = await copy.reviewLog.findMany({ orderBy: [{ review: "asc" }, { createdAt: "asc" }] });
  const sourceLogs = byId(await source.reviewLog.findMany({ where: { id: { in: logs.map((l) => l.id) } } }));
  expect(logs.length).toBeGreaterThanOrEqual(logsBefore);
  expect(logs.length).toBeLessThan(await source.reviewLog.count());
  for (const l of logs) expect(l).toEqual(sourceLogs.get(l.id));

  // FSRS state: each card is where its last copied log left it (never a card ahead of or behind its log).
  const last = new Map<string, (typeof logs)[number]>();
  for (const l of logs) last.set(l.cardId, l);
  const copiedCards = await copy.card.findMany({ select: { id: true, due: true, state: true, reps: true } });
  expect(copiedCards.length).toBe(await source.card.count());
  for (const c of copiedCards) {
    const l = last.get(c.id);
    if (l) expect([c.due.getTime(), c.state]).toEqual([l.nextDue.getTime(), l.nextState]);
    else expect(c.reps).toBe(0);
  }
  expect(copiedCards.reduce((s, c) => s + c.reps, 0)).toBe(logs.length);

  // Totals (what the team boards read) equal the copied logs.
  const totals = await copy.activityTotal.findMany();
  for (const tot of totals) {
    const mine = logs.filter((l) => l.userId === tot.userId);
    expect([tot.reviews, tot.points]).toEqual([mine.length, mine.reduce((s, l) => s + l.points, 0)]);
  }
  const days = await copy.dailyActivity.findMany();
  expect(days.reduce((s, d) => s + d.reviews, 0)).toBe(logs.length);
}
