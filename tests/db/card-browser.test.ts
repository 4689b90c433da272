import { beforeAll, expect, it } from "vitest";
import { browseCards } from "@/lib/cards/browse-cards";
import { bulkCardAction } from "@/lib/cards/bulk-card-action";
import { cardInfo } from "@/lib/cards/card-info";
import { ZCardQuery } from "@/lib/cards/browse-schema";
import { makeRetrievability } from "@/lib/stats/retrievability";
import { seedHistory } from "@/scripts/lib/seed-history";
import { describeDb, testProvider, useTestDb } from "../support/test-db";
import { importChapters, makeUser } from "../support/seed";

const now = new Date("2026-06-01T12:00:00Z");
const query = (q: Record<string, unknown>) => ZCardQuery.parse(q);

describeDb("card browser", () => {
  const t = useTestDb();
  const insensitive = testProvider() === "postgresql";
  beforeAll(async () => {
    await importChapters(t.db, ["tests/fixtures/content/01-containers-and-images.md"]);
  });

  it("filters by text (any case), state and flag, sorts by retrievability, and shows only the user's cards", async () => {
    const [me, other] = [await makeUser(t.db), await makeUser(t.db)];
    await seedHistory(t.db, me.id, { logs: 60, days: 120, now });
    const all = await browseCards(t.db, me, query({}), now, { insensitive });
    const mine = await t.db.card.count({ where: { userId: me.id } });
    expect(all.total).toBe(mine);
    const otherIds = new Set(
      (await t.db.card.findMany({ where: { userId: other.id }, select: { id: true } })).map((c) => c.id),
    );
    expect(all.rows.some((r) => otherIds.has(r.id))).toBe(false);

    const word = all.rows[0]!.prompt.split(/\W+/).find((w) => w.length > 4)!;
    const found = await browseCards(t.db, me, query({ q: word.toUpperCase() }), now, { insensitive });
    expect(found.total).toBeGreaterThan(0);
    expect(found.rows.every((r) => r.prompt.toLowerCase().includes(word.toLowerCase()))).toBe(true);

    const review = await browseCards(t.db, me, query({ state: "review" }), now, { insensitive });
    expect(review.rows.every((r) => r.state === 2)).toBe(true);
    expect(review.total).toBe(await t.db.card.count({ where: { userId: me.id, state: 2 } }));

    const byR = await browseCards(t.db, me, query({ sort: "retrievability" }), now, { insensitive });
    const rs = byR.rows.map((r) => r.retrievability).filter((r): r is number => r !== null);
    expect(rs.length).toBeGreaterThan(1);
    expect([...rs].sort((a, b) => a - b)).toEqual(rs);
    // Unreviewed cards (no retrievability) come after every reviewed one.
    expect(byR.rows.slice(0, rs.length).every((r) => r.retrievability !== null)).toBe(true);

    const r = makeRetrievability(null);
    const info = await cardInfo(t.db, me, byR.rows[0]!.id, now);
    expect(info!.logs.length).toBeGreaterThan(0);
    expect(info!.retrievability).toBeCloseTo(r(info!, now)!, 10);
    expect(await cardInfo(t.db, other, byR.rows[0]!.id, now)).toBeNull();
  });

  it("bulk actions change only the user's own cards", async () => {
    const [me, other] = [await makeUser(t.db), await makeUser(t.db)];
    const mine = (await t.db.card.findMany({ where: { userId: me.id }, select: { id: true }, take: 3 })).map(
      (c) => c.id,
    );
    const theirs = (await t.db.card.findMany({ where: { userId: other.id }, select: { id: true }, take: 2 })).map(
      (c) => c.id,
    );
    expect(await bulkCardAction(t.db, me, [...mine, ...theirs], "suspend", now)).toBe(3);
    expect(await t.db.card.count({ where: { id: { in: theirs }, suspended: true } })).toBe(0);
    const flagged = await browseCards(t.db, me, query({ flag: "suspended" }), now, { insensitive });
    expect(flagged.rows.map((r) => r.id).sort()).toEqual([...mine].sort());
    expect(await bulkCardAction(t.db, me, theirs, "forget", now)).toBe(0);
    expect(await bulkCardAction(t.db, me, mine, "unsuspend", now)).toBe(3);
    expect(await t.db.card.count({ where: { userId: me.id, suspended: true } })).toBe(0);
  });
});
