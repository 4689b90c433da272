import { beforeAll, expect, it } from "vitest";
import { browseCards } from "@/lib/cards/browse-cards";
import { ZCardQuery, PAGE_SIZE } from "@/lib/cards/browse-schema";
import { recordReview } from "@/lib/review/record-review";
import { REVIEW_USER_SELECT } from "@/lib/users/review-user-select";
import { describeDb, testProvider, useTestDb } from "../support/test-db";
import { importChapters, makeUser } from "../support/seed";

const now = new Date("2026-06-01T12:00:00Z");

describeDb("the card browser's default order", () => {
  const t = useTestDb();
  const insensitive = testProvider() === "postgresql";
  beforeAll(async () => {
    await importChapters(t.db, ["tests/fixtures/content/01-containers-and-images.md"]);
  });

  it("opens on studied cards, due soonest, with New cards last in course order, every card once across pages", async () => {
    const me = await t.db.user.findUniqueOrThrow({
      where: { id: (await makeUser(t.db)).id },
      select: REVIEW_USER_SELECT,
    });
    // Studied cards are created after the New ones' due (their import time), so a plain due sort puts every New card first.
    const cards = await t.db.card.findMany({
      where: { userId: me.id },
      orderBy: { newOrder: "desc" },
      take: 4,
      select: { id: true },
    });
    for (const [i, c] of cards.entries()) {
      expect(
        (
          await recordReview(
            t.db,
            me,
            { cardId: c.id, rating: (i % 2 ? 3 : 1) as 1 | 3, idempotencyKey: `cb-${process.pid}-${i}` },
            new Date(Date.now() + 86_400_000 + i * 60_000),
          )
        ).status,
      ).toBe("ok");
    }
    const total = await t.db.card.count({ where: { userId: me.id, retired: false } });
    const pages = [];
    for (let p = 1; p <= Math.ceil(total / PAGE_SIZE); p++)
      pages.push(...(await browseCards(t.db, me, ZCardQuery.parse({ page: p }), now, { insensitive })).rows);
    expect(pages.length).toBe(total);
    expect(new Set(pages.map((r) => r.id)).size).toBe(total);
    const studied = pages.slice(0, 4);
    expect(studied.every((r) => r.state !== 0)).toBe(true);
    expect(studied.map((r) => r.due)).toEqual([...studied.map((r) => r.due)].sort());
    expect(pages.slice(4).every((r) => r.state === 0)).toBe(true);
  });
});
