import { expect, it } from "vitest";
import { owned } from "@/lib/db/owned";
import { describeDb, useTestDb } from "../support/test-db";
import { makeUser } from "../support/seed";

describeDb("owned(): the data layer's door for user-owned rows", () => {
  const t = useTestDb({ chapters: ["content/01-containers-and-images.txt"] });

  it("reads, updates and deletes only the owner's rows, whatever the where says", async () => {
    const [me, other] = [await makeUser(t.db), await makeUser(t.db)];
    const theirs = await t.db.card.findFirstOrThrow({ where: { userId: other.id } });
    const mine = owned(t.db, me.id);
    expect(await mine.card.findUnique({ where: { id: theirs.id } })).toBeNull();
    expect(await mine.card.findFirst({ where: { id: theirs.id, userId: other.id } })).toBeNull();
    expect(await mine.card.count()).toBe(await t.db.card.count({ where: { userId: me.id } }));
    expect((await mine.card.updateMany({ where: { id: theirs.id }, data: { suspended: true } })).count).toBe(0);
    await expect(mine.card.update({ where: { id: theirs.id }, data: { suspended: true } })).rejects.toMatchObject({
      code: "P2025",
    });
    expect((await mine.card.deleteMany({ where: { id: theirs.id } })).count).toBe(0);
    expect((await t.db.card.findUniqueOrThrow({ where: { id: theirs.id } })).suspended).toBe(false);
  });

  it("writes the owner into creates and upserts, inside interactive and batch transactions", async () => {
    const me = await makeUser(t.db);
    const stranger = await makeUser(t.db);
    // A create naming someone else still lands with the owner.
    const other = () => stranger.id;
    const card = await t.db.card.findFirstOrThrow({ where: { userId: me.id } });
    await t.db.$transaction(async (tx) => {
      await owned(tx, me.id).dailyActivity.upsert({
        where: { userId_day: { userId: me.id, day: "2026-02-02" } },
        create: { userId: other(), day: "2026-02-02", reviews: 1 },
        update: { reviews: { increment: 1 } },
      });
    });
    const mine = owned(t.db, me.id);
    await t.db.$transaction([
      mine.card.update({ where: { id: card.id }, data: { suspended: true } }),
      mine.cardActionLog.create({ data: { userId: other(), cardId: card.id, action: "suspend", before: "{}" } }),
    ]);
    expect(await t.db.dailyActivity.findMany({ where: { userId: me.id }, select: { day: true } })).toEqual([
      { day: "2026-02-02" },
    ]);
    expect(await t.db.cardActionLog.count({ where: { userId: me.id, cardId: card.id } })).toBe(1);
    expect(await t.db.dailyActivity.count({ where: { userId: stranger.id } })).toBe(0);
    expect((await t.db.card.findUniqueOrThrow({ where: { id: card.id } })).suspended).toBe(true);
  });
});
