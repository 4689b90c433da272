// What an operator reads: `npm start` writes one JSON line per request (time,
// id, method, route, status, ms, hashed user), answers with the id in
// x-request-id, and an expected failure (wrong password, 404, bad input) is
// one line, never a stack trace.
import { afterAll, beforeAll, expect, it } from "vitest";
import { createToken } from "@/lib/tokens/manage-tokens";
import { startApp, type TApp } from "@/scripts/lib/start-app";
import { describeDb, useTestDb } from "../support/test-db";
import { makeUser } from "../support/seed";

const SECRET = "request-log-secret-0123456789abcdef0123456789ab";

describeDb("request log", () => {
  const t = useTestDb();
  let app: TApp | null = null;
  afterAll(async () => app?.stop());
  beforeAll(async () => {
    app = await startApp({
      distDir: ".next-e2e",
      via: "npm",
      env: { DATABASE_URL: t.url, AUTH_SECRET: SECRET, LOG_LEVEL: "info", DRAIN_DELAY_MS: "0" },
    });
  });

  it("one JSON line per request, the id echoed, wrong passwords and 404s without stacks", async () => {
    const base = app!.baseUrl;
    const user = await makeUser(t.db);
    const { token } = await createToken(t.db, user.id, "log");
    const health = await fetch(`${base}/api/health`, { headers: { "x-request-id": "lb-7f3a.1" } });
    expect(health.headers.get("x-request-id")).toBe("lb-7f3a.1");
    const made = await fetch(`${base}/api/health`);
    expect(made.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    const invalid = await fetch(`${base}/api/reviews`, {
      method: "POST",
      body: "{}",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    });
    expect(invalid.status).toBe(400);
    expect((await fetch(`${base}/api/interviews/nope`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(
      404,
    );
    // Three wrong passwords through next-auth's own credentials endpoint.
    for (let i = 0; i < 3; i++) {
      const csrf = await fetch(`${base}/api/auth/csrf`);
      const { csrfToken } = (await csrf.json()) as { csrfToken: string };
      const cookie = csrf.headers
        .getSetCookie()
        .map((c) => c.split(";")[0])
        .join("; ");
      const res = await fetch(`${base}/api/auth/callback/credentials`, {
        method: "POST",
        redirect: "manual",
        headers: { cookie, "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ csrfToken, email: user.email, password: `wrong password ${i}` }).toString(),
      });
      expect(res.status).toBeLessThan(400);
    }
    await app!.stop();
    const out = app!.output();
    const lines = out.split("\n").filter((l) => l.trim());
    const json = lines.filter((l) => l.startsWith("{")).map((l) => JSON.parse(l) as Record<string, unknown>);
    // Apart from npm's and Next's one-line banners, everything is JSON; no stack anywhere.
    expect(lines.filter((l) => !l.startsWith("{") && !/^(> |✓ |$)/.test(l.trim()))).toEqual([]);
    expect(out).not.toMatch(/\n\s+at |\[auth\]\[error\]/);
    const requests = json.filter((l) => l.msg === "request");
    for (const r of requests)
      expect(Object.keys(r)).toEqual(expect.arrayContaining(["time", "reqId", "method", "route", "status", "ms"]));
    expect(requests.find((r) => r.reqId === "lb-7f3a.1")).toMatchObject({
      method: "GET",
      route: "/api/health",
      status: 200,
    });
    const bad = requests.find((r) => r.route === "/api/reviews")!;
    expect(bad).toMatchObject({ method: "POST", status: 400 });
    expect(bad.user).toMatch(/^[0-9a-f]{16}$/);
    expect(out).not.toContain(user.id);
    expect(requests.find((r) => r.route === "/api/interviews/nope")).toMatchObject({ status: 404 });
    expect(json.filter((l) => l.msg === "sign-in refused")).toHaveLength(3);
  });
});
