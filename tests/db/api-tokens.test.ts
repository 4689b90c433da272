import { expect, it } from "vitest";
import { createToken, listTokens, revokeToken, userForToken } from "@/lib/tokens/manage-tokens";
import { hashToken } from "@/lib/tokens/token-hash";
import { REVIEW_USER_SELECT } from "@/lib/users/review-user-select";
import { describeDb, useTestDb } from "../support/test-db";
import { makeUser } from "../support/seed";

const now = new Date("2026-04-01T10:00:00Z");

describeDb("personal API tokens", () => {
  const t = useTestDb();

  it("are shown once and stored only as a hash", async () => {
    const user = await makeUser(t.db);
    const { token } = await createToken(t.db, user.id, "cli");
    expect(token).toMatch(/^dh_[A-Za-z0-9_-]{43}$/);
    const row = await t.db.apiToken.findFirstOrThrow({ where: { userId: user.id } });
    expect(row.tokenHash).toBe(hashToken(token));
    expect(JSON.stringify(row)).not.toContain(token);
    expect((await userForToken(t.db, token, now))?.id).toBe(user.id);
  });

  it("give the caller's settings exactly as Prisma reads them (raw SQL, typed by hand)", async () => {
    const user = await makeUser(t.db);
    await t.db.user.update({
      where: { id: user.id },
      data: {
        timezone: "Asia/Kolkata",
        dayStartHour: 6,
        desiredRetention: 0.87,
        fsrsWeights: JSON.stringify(Array.from({ length: 21 }, (_, i) => i / 10)),
        enableFuzz: false,
        newPerDay: 7,
        reviewsPerDay: 123,
        leechThreshold: 5,
        interviewsUpdateSchedule: false,
      },
    });
    const { token } = await createToken(t.db, user.id, "cli");
    const viaPrisma = await t.db.user.findUniqueOrThrow({ where: { id: user.id }, select: REVIEW_USER_SELECT });
    expect(await userForToken(t.db, token, now)).toStrictEqual(viaPrisma);
  });

  it("note when they were last used, writing at most once a minute", async () => {
    const user = await makeUser(t.db);
    const { token } = await createToken(t.db, user.id, "sync");
    const lastUsed = async () => (await listTokens(t.db, user.id))[0]?.lastUsedAt?.toISOString();
    expect(await lastUsed()).toBeUndefined();
    const at = (s: number) => new Date(now.getTime() + s * 1000);
    await userForToken(t.db, token, at(0));
    expect(await lastUsed()).toBe(at(0).toISOString());
    await userForToken(t.db, token, at(30));
    expect(await lastUsed()).toBe(at(0).toISOString());
    await userForToken(t.db, token, at(120));
    expect(await lastUsed()).toBe(at(120).toISOString());
  });

  it("stop working when revoked, and only their owner can revoke them", async () => {
    const owner = await makeUser(t.db);
    const other = await makeUser(t.db);
    const { id, token } = await createToken(t.db, owner.id, "script");
    expect(await revokeToken(t.db, other.id, id, now)).toBe(false);
    expect(await userForToken(t.db, token, now)).not.toBeNull();
    expect(await revokeToken(t.db, owner.id, id, now)).toBe(true);
    expect(await userForToken(t.db, token, now)).toBeNull();
    expect(await listTokens(t.db, owner.id)).toEqual([]);
    expect(await userForToken(t.db, "dh_not-a-token", now)).toBeNull();
  });
});
