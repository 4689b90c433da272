// Export, delete, sign up again, import: on a real SQLite file and a real
// PostgreSQL server. History is simulated by ts-fsrs (scripts/lib/seed-history).
import { expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import type { TDb } from "@/lib/db/client";
import { exportJsonChunks } from "@/lib/export/export-json";
import { reviewCsvChunks, CSV_COLUMNS } from "@/lib/export/review-csv";
import { importExport, parseExport } from "@/lib/export/import-export";
import { DomainError } from "@/lib/errors/domain-error";
import { deleteAccount } from "@/lib/users/delete-account";
import { createUser } from "@/lib/users/create-user";
import { ZSignUp } from "@/lib/users/schemas";
import { trueRetention } from "@/lib/stats/true-retention";
import { computeStreaks } from "@/lib/stats/streaks";
import { makeDayKeyer } from "@/lib/stats/day-keys";
import { cardDistribution } from "@/lib/stats/card-distribution";
import { makeRetrievability } from "@/lib/stats/retrievability";
import { seedHistory } from "@/scripts/lib/seed-history";
import { describeDb, useTestDb } from "../support/test-db";
import { makeUser } from "../support/seed";

const now = new Date("2026-06-01T12:00:00Z");

async function collect(chunks: AsyncGenerator<string>) {
  let s = "";
  for await (const c of chunks) s += c;
  return s;
}

/** Everything an account holds, without row ids (which differ between accounts). */
async function snapshot(db: TDb, userId: string) {
  const cards = await db.card.findMany({
    where: { userId },
    select: {
      due: true,
      stability: true,
      difficulty: true,
      elapsedDays: true,
      scheduledDays: true,
      learningSteps: true,
      reps: true,
      lapses: true,
      state: true,
      lastReview: true,
      suspended: true,
      leech: true,
      buriedUntil: true,
      question: { select: { key: true } },
    },
  });
  const logs = await db.reviewLog.findMany({
    where: { userId },
    select: {
      rating: true,
      state: true,
      review: true,
      stability: true,
      difficulty: true,
      scheduledDays: true,
      answer: true,
      score: true,
      verdict: true,
      suggestedRating: true,
      durationMs: true,
      source: true,
      nextDue: true,
      nextState: true,
      idempotencyKey: true,
      undone: true,
      card: { select: { question: { select: { key: true } } } },
    },
  });
  const activity = await db.dailyActivity.findMany({
    where: { userId },
    select: { day: true, reviews: true, newCards: true, correct: true, points: true },
  });
  const interviews = await db.interviewSession.findMany({
    where: { userId },
    select: { startedAt: true, finishedAt: true, score: true, questionCount: true },
  });
  const byKey = <T>(xs: T[], k: (x: T) => string) => [...xs].sort((a, b) => k(a).localeCompare(k(b)));
  const dayOf = makeDayKeyer({ timezone: "UTC", dayStartHour: 4 });
  const live = logs.filter((l) => !l.undone).map((l) => ({ ...l, cardId: l.card.question.key }));
  const r = makeRetrievability(null);
  const stats = {
    retention: trueRetention(live, dayOf, "2026-06-01"),
    streaks: computeStreaks(
      activity.filter((a) => a.reviews > 0).map((a) => a.day),
      "2026-06-01",
    ),
    distribution: cardDistribution(
      cards.map((c) => ({ ...c, retrievability: r(c, now) })),
      now,
    ),
  };
  return {
    cards: byKey(cards, (c) => c.question.key),
    logs: byKey(logs, (l) => l.idempotencyKey),
    activity: byKey(activity, (a) => a.day),
    interviews: byKey(interviews, (i) => i.startedAt.toISOString()),
    stats,
  };
}

describeDb("your data: export, delete, import", () => {
  const t = useTestDb({ chapters: ["tests/fixtures/content/01-containers-and-images.md"] });

  it("export → delete → sign up → import gives the same cards, logs and stats; re-import changes nothing", async () => {
    const user = await makeUser(t.db);
    const seeded = await seedHistory(t.db, user.id, { logs: 400, days: 300, now, interviews: 3 });
    expect(seeded.logs).toBeGreaterThan(30);
    await t.db.reviewLog.updateMany({
      where: { userId: user.id, idempotencyKey: "seed-" + user.id + "-0" },
      data: { undone: true },
    });
    const before = await snapshot(t.db, user.id);
    expect(before.stats.retention.find((r) => r.period === "year")!.total.passed).toBeGreaterThan(0);

    // Small batches, so the keyset paging runs many times.
    const text = await collect(exportJsonChunks(t.db, user.id, now, 7));
    expect(text).not.toContain("passwordHash");
    expect(text).not.toContain("$argon2");
    const file = parseExport(text);
    expect(file.reviewLogs).toHaveLength(seeded.logs);

    await deleteAccount(t.db, user.id);
    expect(await t.db.user.count({ where: { id: user.id } })).toBe(0);
    for (const n of [
      t.db.card.count({ where: { userId: user.id } }),
      t.db.reviewLog.count({ where: { userId: user.id } }),
      t.db.dailyActivity.count({ where: { userId: user.id } }),
      t.db.interviewSession.count({ where: { userId: user.id } }),
    ]) {
      expect(await n).toBe(0);
    }

    const again = await createUser(
      t.db,
      ZSignUp.parse({
        name: "Back again",
        email: file.profile.email,
        password: "long enough password",
        timezone: "UTC",
      }),
    );
    const result = await importExport(t.db, again.id, file);
    expect(result).toMatchObject({ reviewLogs: seeded.logs, interviews: 3, skipped: { unknownQuestions: 0 } });
    expect(await snapshot(t.db, again.id)).toEqual(before);

    const rows = async () => ({
      cards: await t.db.card.findMany({ where: { userId: again.id }, orderBy: { id: "asc" } }),
      logs: await t.db.reviewLog.count({ where: { userId: again.id } }),
      user: await t.db.user.findUniqueOrThrow({ where: { id: again.id }, select: { updatedAt: true } }),
    });
    const settled = await rows();
    const second = await importExport(t.db, again.id, parseExport(text));
    expect(second).toEqual({
      cards: 0,
      reviewLogs: 0,
      interviews: 0,
      activityDays: 0,
      settings: false,
      skipped: { unknownQuestions: 0 },
    });
    expect(await rows()).toEqual(settled);
  });

  it("refuses a truncated, damaged or newer file and imports nothing", async () => {
    const source = await makeUser(t.db);
    await seedHistory(t.db, source.id, { logs: 120, days: 100, now });
    const text = await collect(exportJsonChunks(t.db, source.id, now));
    const target = await makeUser(t.db);
    const count = async () => [
      await t.db.reviewLog.count({ where: { userId: target.id } }),
      await t.db.card.count({ where: { userId: target.id, reps: { gt: 0 } } }),
    ];
    const empty = await count();

    const refusal = (s: string) => {
      try {
        parseExport(s);
        return null;
      } catch (e) {
        return e instanceof DomainError ? e : null;
      }
    };
    expect(refusal(text.slice(0, Math.floor(text.length / 2)))).toMatchObject({
      apiCode: "invalid_export",
      status: 400,
    });
    const json = JSON.parse(text);
    json.reviewLogs.at(-1).rating = 7;
    expect(refusal(JSON.stringify(json))?.message).toMatch(/reviewLogs\.\d+\.rating/);
    expect(refusal(JSON.stringify({ ...JSON.parse(text), version: 2 }))).toMatchObject({
      apiCode: "unsupported_version",
      status: 400,
    });
    expect(refusal(JSON.stringify({ hello: "world" }))?.message).toMatch(/not a Deckhand export/);
    expect(await count()).toEqual(empty);
  });

  it("streams the review log as CSV a standard parser reads, with every live review once", async () => {
    const user = await makeUser(t.db);
    const seeded = await seedHistory(t.db, user.id, { logs: 150, days: 100, now });
    // Same instant twice, and an answer with a comma, a quote and a line break.
    const card = await t.db.card.findFirstOrThrow({ where: { userId: user.id, reps: { gt: 0 } } });
    const base = {
      userId: user.id,
      cardId: card.id,
      rating: 3,
      state: 2,
      due: now,
      stability: 5,
      difficulty: 5,
      elapsedDays: 1,
      lastElapsedDays: 1,
      scheduledDays: 3,
      learningSteps: 0,
      review: now,
      nextDue: now,
      nextState: 2,
      durationMs: 1234,
    };
    await t.db.reviewLog.create({
      data: {
        ...base,
        idempotencyKey: "csv-1",
        answer: 'layers, "cached"\nand reused',
        score: 80,
        verdict: "correct",
        suggestedRating: 3,
      },
    });
    await t.db.reviewLog.create({ data: { ...base, idempotencyKey: "csv-2" } });
    await t.db.reviewLog.create({ data: { ...base, idempotencyKey: "csv-3", undone: true } });

    const csv = await collect(reviewCsvChunks(t.db, user.id, 4));
    const rows = parse(csv, { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(seeded.logs + 2);
    const live = await t.db.reviewLog.findMany({
      where: { userId: user.id, undone: false },
      select: { cardId: true, review: true, rating: true },
    });
    const tally = (xs: { card: string; t: number; r: number }[]) => xs.map((x) => `${x.card}|${x.t}|${x.r}`).sort();
    expect(
      tally(rows.map((r) => ({ card: r.card_id!, t: Number(r.review_time), r: Number(r.review_rating) }))),
    ).toEqual(tally(live.map((l) => ({ card: l.cardId, t: l.review.getTime(), r: l.rating }))));
    const tricky = rows.find((r) => r.answer?.startsWith("layers"))!;
    expect(tricky).toMatchObject({
      answer: 'layers, "cached"\nand reused',
      review_time: String(now.getTime()),
      review_duration: "1234",
      review_state: "2",
      suggested_rating: "3",
      source: "daily",
    });
    expect(tricky.question_key).toMatch(/\S/);
  });

  it("exports typed answers a spreadsheet would run as formulas as plain text", async () => {
    const user = await makeUser(t.db);
    const card = await t.db.card.findFirstOrThrow({ where: { userId: user.id } });
    const base = {
      userId: user.id,
      cardId: card.id,
      rating: 3,
      state: 2,
      due: now,
      stability: 5,
      difficulty: 5,
      elapsedDays: 1,
      lastElapsedDays: 1,
      scheduledDays: 3,
      learningSteps: 0,
      review: now,
      nextDue: now,
      nextState: 2,
    };
    const answers = ["=1+1", "+x", "-x", "@x", "\tx", '=HYPERLINK("http://evil.example","open")', "plain, text"];
    for (const [i, answer] of answers.entries())
      await t.db.reviewLog.create({ data: { ...base, idempotencyKey: `formula-${i}`, answer } });
    const rows = parse(await collect(reviewCsvChunks(t.db, user.id)), { columns: true }) as Record<string, string>[];
    const read = rows.map((r) => r.answer);
    expect(read.sort()).toEqual(
      ["'=1+1", "'+x", "'-x", "'@x", "'\tx", `'=HYPERLINK("http://evil.example","open")`, "plain, text"].sort(),
    );
    for (const cell of read) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it("deleting an account hands owned teams to an admin, else the longest-standing member, and deletes a team left empty", async () => {
    const [owner, admin, early, late, stranger] = await Promise.all([
      makeUser(t.db),
      makeUser(t.db),
      makeUser(t.db),
      makeUser(t.db),
      makeUser(t.db),
    ]);
    const team = (slug: string) =>
      t.db.team.create({ data: { name: slug, slug: `${slug}-${owner.id}`, inviteCode: `${slug}-${owner.id}` } });
    const [withAdmin, withMembers, alone, notMine] = await Promise.all([team("a"), team("b"), team("c"), team("d")]);
    const join = (teamId: string, userId: string, role: string, joinedAt: string) =>
      t.db.membership.create({ data: { teamId, userId, role, joinedAt: new Date(joinedAt) } });
    await join(withAdmin.id, owner.id, "owner", "2026-01-01");
    await join(withAdmin.id, early.id, "member", "2026-01-02");
    await join(withAdmin.id, admin.id, "admin", "2026-01-05");
    await join(withMembers.id, owner.id, "owner", "2026-01-01");
    await join(withMembers.id, late.id, "member", "2026-02-01");
    await join(withMembers.id, early.id, "member", "2026-01-03");
    await join(alone.id, owner.id, "owner", "2026-01-01");
    await join(notMine.id, stranger.id, "owner", "2026-01-01");
    await join(notMine.id, owner.id, "member", "2026-01-02");

    const out = await deleteAccount(t.db, owner.id);
    const role = async (teamId: string, userId: string) =>
      (await t.db.membership.findUnique({ where: { teamId_userId: { teamId, userId } } }))?.role;
    expect(await role(withAdmin.id, admin.id)).toBe("owner");
    expect(await role(withAdmin.id, early.id)).toBe("member");
    expect(await role(withMembers.id, early.id)).toBe("owner");
    expect(await role(withMembers.id, late.id)).toBe("member");
    expect(await t.db.team.findUnique({ where: { id: alone.id } })).toBeNull();
    expect(await role(notMine.id, stranger.id)).toBe("owner");
    expect(await t.db.membership.count({ where: { teamId: notMine.id } })).toBe(1);
    expect(out.deletedTeams).toEqual([alone.id]);
    expect(await t.db.card.count({ where: { userId: stranger.id } })).toBeGreaterThan(0);
  });
});
