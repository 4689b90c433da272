import { expect, it } from "vitest";
import { authorizeCredentials, type TAuthorizeResult } from "@/lib/auth/authorize-credentials";
import { claimSignUp } from "@/lib/auth/sign-up-limit";
import { sessionWhere } from "@/lib/auth/session-where";
import { endAllSessions, revokeSession } from "@/lib/auth/end-sessions";
import { changePassword } from "@/lib/auth/change-password";
import { DomainError } from "@/lib/errors/domain-error";
import { verifyPassword } from "@/lib/auth/password";
import { describeDb, useTestDb } from "../support/test-db";
import { makeUser, TEST_PASSWORD } from "../support/seed";

const limits = { perEmail: 5, perIp: 20, windowMs: 15 * 60_000 };
const t0 = new Date("2026-03-01T10:00:00Z");
const at = (ms: number) => new Date(t0.getTime() + ms);
const PASSWORD = TEST_PASSWORD;

describeDb("security: throttles, sessions, passwords", () => {
  const t = useTestDb();

  it("counts parallel wrong passwords atomically: no more are checked than the limit allows", async () => {
    await makeUser(t.db, { email: "race@example.com" });
    const wrong = { email: "race@example.com", password: "wrong password" };
    const results = await Promise.all(
      Array.from({ length: 50 }, () => authorizeCredentials(t.db, wrong, "7.7.7.7", limits, t0)),
    );
    const checked = results.filter((r) => !r.ok && r.reason === "invalid").length;
    expect(checked).toBeGreaterThan(0);
    expect(checked).toBeLessThanOrEqual(limits.perEmail);
    expect(results.filter((r) => !r.ok && r.reason === "rate_limited")).toHaveLength(50 - checked);
  });

  it("never locks the owner out: a stranger's failures slow only the stranger's address", async () => {
    await makeUser(t.db, { email: "victim@example.com" });
    const wrong = { email: "victim@example.com", password: "guess guess" };
    for (let i = 0; i < 30; i++) await authorizeCredentials(t.db, wrong, "6.6.6.6", limits, at(i * 60_000));
    const right = { email: "victim@example.com", password: PASSWORD };
    // The owner, from an address with no failures, at once and again and again.
    for (let i = 0; i < 3; i++)
      expect(await authorizeCredentials(t.db, right, "192.0.2.10", limits, at(30 * 60_000 + i))).toMatchObject({
        ok: true,
      });
    // The attacker's own address waits (even with the right password: a guess there is not checked).
    expect(await authorizeCredentials(t.db, right, "6.6.6.6", limits, at(30 * 60_000))).toMatchObject({
      ok: false,
      reason: "rate_limited",
    });
  });

  it("makes the wait grow with each failure after the free ones", async () => {
    await makeUser(t.db, { email: "grow@example.com" });
    const wrong = { email: "grow@example.com", password: "guess guess" };
    const waits: number[] = [];
    let now = t0.getTime();
    for (let checked = 0; checked < 10;) {
      const r: TAuthorizeResult = await authorizeCredentials(t.db, wrong, "5.5.5.5", limits, new Date(now));
      if (!r.ok && r.reason === "rate_limited") {
        waits.push(r.retryAfterMs);
        now += r.retryAfterMs; // come back exactly when told
      } else {
        expect(r).toEqual({ ok: false, reason: "invalid" });
        checked++;
      }
    }
    // Free attempts give no wait; afterwards 1 s, 2 s, 4 s, …
    expect(waits).toEqual([1000, 2000, 4000, 8000, 16000]);
  });

  it("limits sign-ups per address per hour", async () => {
    const e = { SIGNUP_MAX_PER_IP_HOUR: 3 };
    for (let i = 0; i < 3; i++) await claimSignUp(t.db, "4.4.4.4", e, at(i));
    await expect(claimSignUp(t.db, "4.4.4.4", e, at(10))).rejects.toMatchObject({ code: "rate_limited" });
    await claimSignUp(t.db, "4.4.4.5", e, at(10)); // another address is not affected
    await claimSignUp(t.db, "4.4.4.4", e, at(2 + 60 * 60_000)); // an hour after the last one
  });

  it("ends sessions: a revoked session id, then every session by version", async () => {
    const u = await makeUser(t.db, { email: "sessions@example.com" });
    const session = (sid: string, sessionVersion = 0) => ({
      user: { id: u.id },
      sid,
      sessionVersion,
      expires: at(86_400_000).toISOString(),
    });
    const load = (s: ReturnType<typeof session>) =>
      t.db.user.findFirst({ where: sessionWhere(s)!, select: { id: true } });
    expect(await load(session("a"))).toEqual({ id: u.id });
    await revokeSession(t.db, u.id, "a", at(86_400_000), t0);
    await revokeSession(t.db, u.id, "a", at(86_400_000), t0); // signing out twice is fine
    expect(await load(session("a"))).toBeNull();
    expect(await load(session("b"))).toEqual({ id: u.id });
    await endAllSessions(t.db, u.id);
    expect(await load(session("b"))).toBeNull();
    expect(await load(session("c", 1))).toEqual({ id: u.id });
    // Expired revocations are pruned when the user signs out again.
    await revokeSession(t.db, u.id, "c", at(2 * 86_400_000), at(86_400_001));
    expect(await t.db.revokedSession.findMany({ where: { userId: u.id }, select: { sid: true } })).toEqual([
      { sid: "c" },
    ]);
  });

  it("changes the password only with the current one, and ends old sessions", async () => {
    const u = await makeUser(t.db, { email: "change@example.com" });
    await expect(changePassword(t.db, u.id, "not it at all", "brand new password", t0)).rejects.toBeInstanceOf(
      DomainError,
    );
    const before = await t.db.user.findUniqueOrThrow({ where: { id: u.id }, select: { sessionVersion: true } });
    await changePassword(t.db, u.id, PASSWORD, "brand new password", t0);
    const after = await t.db.user.findUniqueOrThrow({
      where: { id: u.id },
      select: { sessionVersion: true, passwordHash: true },
    });
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    expect(await verifyPassword(after.passwordHash, "brand new password")).toBe(true);
    expect(await verifyPassword(after.passwordHash, PASSWORD)).toBe(false);
  });

  it("throttles guesses at the current password from a signed-in session", async () => {
    const u = await makeUser(t.db, { email: "guess@example.com" });
    for (let i = 0; i < 5; i++) {
      await expect(changePassword(t.db, u.id, `wrong ${i} guess`, "brand new password", t0)).rejects.toMatchObject({
        code: "invalid",
      });
    }
    await expect(changePassword(t.db, u.id, PASSWORD, "brand new password", t0)).rejects.toMatchObject({
      code: "rate_limited",
    });
  });
});
