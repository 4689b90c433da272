import { beforeAll, expect, it } from "vitest";
import { MIN_ITEMS, MIN_REVIEWS, optimizeUserWeights, readUsableLogs } from "@/lib/review/optimizer/optimize-user";
import { seedSyntheticUser, simulateReviews } from "@/scripts/bench-optimizer";
import { describeDb, useTestDb } from "../support/test-db";

const start = new Date("2026-01-05T08:00:00Z");
const now = new Date("2026-06-01T12:00:00Z");
// Exactly the threshold for Ada (the least that is optimized); a short history for Bob.
// Each one's count and reads must see only their own logs.
const ada = simulateReviews({ cards: 40, reviews: MIN_REVIEWS, seed: 11, start });
const bob = simulateReviews({ cards: 5, reviews: 30, seed: 12, start });

describeDb("optimizeUserWeights", () => {
  const t = useTestDb();
  const ids = { ada: "", bob: "" };

  beforeAll(async () => {
    ids.ada = await seedSyntheticUser(t.db, "ada@example.com", ada);
    ids.bob = await seedSyntheticUser(t.db, "bob@example.com", bob);
    // Undone reviews and manual entries are stored but are not evidence: they must not count.
    const {
      id: _,
      createdAt: __,
      ...row
    } = await t.db.reviewLog.findFirstOrThrow({ where: { userId: ids.ada, state: 2 } });
    await t.db.reviewLog.createMany({
      data: [
        ...[1, 2, 3].map((i) => ({ ...row, idempotencyKey: `undone-${i}`, undone: true })),
        ...[1, 2].map((i) => ({ ...row, idempotencyKey: `manual-${i}`, rating: 0 })),
      ],
    });
  });

  it("refuses below the threshold, counting only the user's own usable reviews", async () => {
    const r = await optimizeUserWeights(t.db, ids.bob, { now });
    expect(r).toEqual({ ok: false, reason: "not-enough-reviews", reviewCount: 30, needed: MIN_REVIEWS });
    expect(await t.db.user.findUniqueOrThrow({ where: { id: ids.bob } })).toMatchObject({
      fsrsWeights: null,
      optimizedAt: null,
    });
  });

  it("reads every usable log of the user once, in time order, across pages", async () => {
    const paged = await readUsableLogs(t.db, ids.ada, 64);
    const all = await t.db.reviewLog.findMany({
      where: { userId: ids.ada, undone: false, rating: { gte: 1 } },
      select: { id: true, review: true },
    });
    expect(paged).toHaveLength(MIN_REVIEWS);
    expect(new Set(paged.map((l) => l.id))).toEqual(new Set(all.map((l) => l.id)));
    expect(paged.map((l) => l.review.getTime())).toEqual(paged.map((l) => l.review.getTime()).sort((a, b) => a - b));
  });

  it("reads logs that share a timestamp across page boundaries exactly once", async () => {
    const cy = await seedSyntheticUser(
      t.db,
      "cy@example.com",
      simulateReviews({ cards: 3, reviews: 10, seed: 13, start }),
    );
    const { id: _, createdAt: __, ...row } = await t.db.reviewLog.findFirstOrThrow({ where: { userId: cy } });
    await t.db.reviewLog.createMany({
      data: [1, 2, 3, 4, 5, 6, 7].map((i) => ({ ...row, idempotencyKey: `tie-${i}`, review: now })),
    });
    const ids = (await readUsableLogs(t.db, cy, 3)).map((l) => l.id);
    expect(ids).toHaveLength(17);
    expect(new Set(ids).size).toBe(17);
  });

  it("optimizes at the threshold and saves the better weights to that user only", async () => {
    const r = await optimizeUserWeights(t.db, ids.ada, { now });
    if (!r.ok) throw new Error(JSON.stringify(r));
    expect(r.reviewCount).toBe(MIN_REVIEWS);
    expect(r.items).toBeGreaterThanOrEqual(MIN_ITEMS);
    for (const x of [r.before.logLoss, r.before.rmse, r.after.logLoss, r.after.rmse])
      expect(Number.isFinite(x)).toBe(true);
    expect(r.weights).toHaveLength(21);
    expect(r.after.logLoss).toBeLessThan(r.before.logLoss);
    expect(r.saved).toBe(true);
    const [a, b] = await Promise.all([ids.ada, ids.bob].map((id) => t.db.user.findUniqueOrThrow({ where: { id } })));
    expect(a).toMatchObject({ fsrsWeights: JSON.stringify(r.weights), optimizedAt: now });
    expect(b).toMatchObject({ fsrsWeights: null, optimizedAt: null });
  });

  it("keeps the saved weights when a new run fits no better", async () => {
    const again = await optimizeUserWeights(t.db, ids.ada, { now: new Date(now.getTime() + 86_400_000) });
    if (!again.ok) throw new Error(JSON.stringify(again));
    expect(again.after.logLoss).toBeGreaterThanOrEqual(again.before.logLoss);
    expect(again.saved).toBe(false);
    expect((await t.db.user.findUniqueOrThrow({ where: { id: ids.ada } })).optimizedAt).toEqual(now);
  });
});
