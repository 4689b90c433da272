import { expect, it } from "vitest";
import { createUser, EmailTakenError } from "@/lib/users/create-user";
import { authorizeCredentials } from "@/lib/auth/authorize-credentials";
import { ZSignUp } from "@/lib/users/schemas";
import { describeDb, useTestDb } from "../support/test-db";

const limits = { perEmail: 3, perIp: 5, windowMs: 15 * 60_000 };
const t0 = new Date("2026-03-01T10:00:00Z");
const signUp = (email: string, name = "Grace") =>
  ZSignUp.parse({ name, email, password: "long enough password", timezone: "UTC" });

describeDb("accounts", () => {
  const t = useTestDb();

  it("stores a hashed password, never the password", async () => {
    const u = await createUser(t.db, signUp("grace@example.com"));
    const row = await t.db.user.findUniqueOrThrow({ where: { id: u.id } });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(row.passwordHash).not.toContain("long enough password");
    expect(row.desiredRetention).toBe(0.9);
  });

  it("refuses a duplicate email, case-insensitively, storing nothing", async () => {
    await expect(createUser(t.db, signUp("GRACE@example.com", "Other"))).rejects.toBeInstanceOf(EmailTakenError);
    expect(await t.db.user.count({ where: { email: "grace@example.com" } })).toBe(1);
  });

  it("keeps names with HTML and quotes exactly as typed", async () => {
    const name = `<script>alert("x")</script> O'Neil`;
    const u = await createUser(t.db, signUp("neil@example.com", name));
    expect((await t.db.user.findUniqueOrThrow({ where: { id: u.id } })).name).toBe(name);
  });

  it("signs in with the right password only", async () => {
    const good = await authorizeCredentials(
      t.db,
      { email: "grace@example.com", password: "long enough password" },
      "1.1.1.1",
      limits,
      t0,
    );
    expect(good).toMatchObject({ ok: true, user: { email: "grace@example.com" } });
    const bad = await authorizeCredentials(
      t.db,
      { email: "grace@example.com", password: "wrong password!" },
      "1.1.1.1",
      limits,
      t0,
    );
    expect(bad).toEqual({ ok: false, reason: "invalid" });
  });

  it("slows repeated failures for one e-mail from one address, and the wait passes", async () => {
    await createUser(t.db, signUp("ada@example.com", "Ada"));
    const wrong = { email: "ada@example.com", password: "not the password" };
    for (let i = 0; i < limits.perEmail; i++) {
      expect(await authorizeCredentials(t.db, wrong, "10.0.0.1", limits, t0)).toEqual({ ok: false, reason: "invalid" });
    }
    const right = { email: "ada@example.com", password: "long enough password" };
    expect(await authorizeCredentials(t.db, right, "10.0.0.1", limits, t0)).toEqual({
      ok: false,
      reason: "rate_limited",
      retryAfterMs: 1000,
    });
    expect(await authorizeCredentials(t.db, right, "10.0.0.1", limits, new Date(t0.getTime() + 1000))).toMatchObject({
      ok: true,
    });
  });

  it("slows failures per IP across different emails", async () => {
    for (let i = 0; i < limits.perIp; i++) {
      await authorizeCredentials(
        t.db,
        { email: `nobody${i}@example.com`, password: "whatever it is" },
        "9.9.9.9",
        limits,
        t0,
      );
    }
    const right = { email: "grace@example.com", password: "long enough password" };
    expect(await authorizeCredentials(t.db, right, "9.9.9.9", limits, t0)).toMatchObject({
      ok: false,
      reason: "rate_limited",
    });
    expect(await authorizeCredentials(t.db, right, "8.8.8.8", limits, t0)).toMatchObject({ ok: true });
  });
});
