import { expect, it } from "vitest";
import { describeDb, useTestDb } from "../support/test-db";
import { makeUser } from "../support/seed";

describeDb("concurrent requests and a rolled-back transaction", () => {
  const t = useTestDb();

  it("never roll back another request's write, nor show it uncommitted rows", async () => {
    const a = await makeUser(t.db);
    const b = await makeUser(t.db);
    let seenInside: string | null = "unset";
    const failing = t.db.$transaction(async (tx) => {
      await tx.user.update({ where: { id: a.id }, data: { name: "uncommitted" } });
      // Another request runs while this transaction is open…
      await new Promise((r) => setTimeout(r, 50));
      throw new Error("lost a race");
    });
    const other = (async () => {
      await new Promise((r) => setTimeout(r, 10));
      seenInside = (await t.db.user.findUniqueOrThrow({ where: { id: a.id } })).name;
      await t.db.user.update({ where: { id: b.id }, data: { name: "committed elsewhere" } });
    })();
    await expect(failing).rejects.toThrow("lost a race");
    await other;
    expect(seenInside).toBe("Sailor");
    expect((await t.db.user.findUniqueOrThrow({ where: { id: b.id } })).name).toBe("committed elsewhere");
    expect((await t.db.user.findUniqueOrThrow({ where: { id: a.id } })).name).toBe("Sailor");
  });
});
