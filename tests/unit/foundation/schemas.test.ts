import { describe, expect, it } from "vitest";
import { ZSignUp } from "@/lib/users/schemas";
import { safeCallbackUrl } from "@/lib/auth/safe-callback-url";

const ok = { name: "Ada", email: "Ada@Example.com ", password: "correct horse battery", timezone: "Europe/Berlin" };
const errorsOf = (v: unknown) => {
  const r = ZSignUp.safeParse(v);
  return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path[0], i.message]));
};

describe("sign-up validation", () => {
  it("normalizes email and keeps the name as typed", () => {
    const r = ZSignUp.parse({ ...ok, name: `<b>"O'Hara"</b>` });
    expect(r.email).toBe("ada@example.com");
    expect(r.name).toBe(`<b>"O'Hara"</b>`);
  });
  it("rejects malformed email, short password, over-long name, each with a message", () => {
    expect(errorsOf({ ...ok, email: "not-an-email" }).email).toMatch(/valid email/);
    expect(errorsOf({ ...ok, password: "short" }).password).toMatch(/at least 10/);
    expect(errorsOf({ ...ok, name: "n".repeat(81) }).name).toMatch(/80/);
    expect(errorsOf({ ...ok, email: `${"a".repeat(250)}@x.io` }).email).toMatch(/too long/);
  });
  it("falls back to UTC for an unknown time zone", () => {
    expect(ZSignUp.parse({ ...ok, timezone: "Mars/Olympus" }).timezone).toBe("UTC");
  });
});

describe("callback URLs after sign-in", () => {
  it("allow same-site paths only", () => {
    expect(safeCallbackUrl("/lessons/01")).toBe("/lessons/01");
    expect(safeCallbackUrl("https://evil.example")).toBe("/");
    expect(safeCallbackUrl("https://evil.example/today")).toBe("/today");
    expect(safeCallbackUrl("http://127.0.0.1:3000/settings?tab=1")).toBe("/settings?tab=1");
    expect(safeCallbackUrl("javascript:alert(1)")).toBe("/today");
    expect(safeCallbackUrl("//evil.example")).toBe("/today");
    expect(safeCallbackUrl(null)).toBe("/today");
  });
});
