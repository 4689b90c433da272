// SIGTERM to what the README starts (`npm start`) while reviews pour in:
// readiness turns 503, in-flight requests finish, the whole process tree is
// gone and the port free within 10 s, and every review the server
// acknowledged is in the database exactly once.
import crypto from "node:crypto";
import net from "node:net";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createToken } from "@/lib/tokens/manage-tokens";
import { startApp, type TApp } from "@/scripts/lib/start-app";
import { describeDb, useTestDb } from "../support/test-db";
import { importChapters, makeUser } from "../support/seed";

const CLIENTS = 8;
const SECRET = "shutdown-secret-0123456789abcdef0123456789abcdef";
const portOpen = (port: number) =>
  new Promise<boolean>((resolve) => {
    const s = net
      .connect(port, "127.0.0.1")
      .once("connect", () => (s.destroy(), resolve(true)))
      .once("error", () => resolve(false));
  });
const groupAlive = (pid: number) => {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
};

describeDb("shutdown", () => {
  const t = useTestDb();
  let app: TApp | null = null;
  let users: { token: string; cardIds: string[] }[] = [];
  beforeAll(async () => {
    await importChapters(t.db, ["content/02-pods-services-ingress.md"]);
    users = await Promise.all(
      Array.from({ length: CLIENTS }, async () => {
        const u = await makeUser(t.db);
        await t.db.user.update({ where: { id: u.id }, data: { leechThreshold: 1_000_000 } });
        const { token } = await createToken(t.db, u.id, "shutdown");
        const cards = await t.db.card.findMany({ where: { userId: u.id }, select: { id: true } });
        return { token, cardIds: cards.map((c) => c.id) };
      }),
    );
  });
  afterAll(async () => app?.stop());

  it("SIGTERM under load: 503 on /api/ready, port free and tree gone within 10 s, no acknowledged review lost", async () => {
    app = await startApp({
      distDir: ".next-e2e",
      via: "npm",
      env: { DATABASE_URL: t.url, AUTH_SECRET: SECRET, DRAIN_DELAY_MS: "1000", LOG_LEVEL: "info" },
    });
    const port = Number(new URL(app.baseUrl).port);
    const acknowledged: string[] = [];
    const failures: string[] = [];
    let stopAt = Infinity;
    const client = async (u: (typeof users)[number]) => {
      while (Date.now() < stopAt) {
        const key = crypto.randomUUID();
        const body = JSON.stringify({
          cardId: u.cardIds[Math.floor(Math.random() * u.cardIds.length)],
          rating: 3,
          idempotencyKey: key,
        });
        try {
          const res = await fetch(`${app!.baseUrl}/api/reviews`, {
            method: "POST",
            body,
            headers: { authorization: `Bearer ${u.token}`, "content-type": "application/json" },
          });
          if (res.ok) acknowledged.push(key);
          else failures.push(`${res.status} ${(await res.text()).slice(0, 200)}`);
          if (res.ok) await res.arrayBuffer();
        } catch {
          return; // refused: the listener is closed
        }
      }
    };
    const load = Promise.all(users.map(client));
    await new Promise((r) => setTimeout(r, 1500));
    const before = acknowledged.length;
    const termAt = Date.now();
    process.kill(app.pid, "SIGTERM");
    stopAt = termAt + 15_000;
    // Readiness first: a balancer polling it stops sending here.
    let ready = 0;
    while (Date.now() - termAt < 900) {
      ready = await fetch(`${app.baseUrl}/api/ready`).then(
        (r) => r.status,
        () => 0,
      );
      if (ready === 503) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(ready).toBe(503);
    while ((await portOpen(port)) && Date.now() - termAt < 10_000) await new Promise((r) => setTimeout(r, 100));
    expect(await portOpen(port)).toBe(false);
    await app.exited;
    while (groupAlive(app.pid) && Date.now() - termAt < 10_000) await new Promise((r) => setTimeout(r, 100));
    expect(groupAlive(app.pid)).toBe(false);
    expect(Date.now() - termAt).toBeLessThan(10_000);
    stopAt = 0;
    await load;
    expect(
      failures.filter((f) => !f.startsWith("503")),
      failures.slice(0, 3).join("\n"),
    ).toEqual([]);
    expect(before).toBeGreaterThan(0);
    expect(acknowledged.length).toBeGreaterThan(before); // served while draining
    const stored = await t.db.reviewLog.groupBy({
      by: ["idempotencyKey"],
      where: { idempotencyKey: { in: acknowledged } },
      _count: { _all: true },
    });
    expect(stored.length).toBe(acknowledged.length);
    expect(stored.every((s) => s._count._all === 1)).toBe(true);
    expect(
      app
        .output()
        .split("\n")
        .filter((l) => l.includes('"level":50'))
        .slice(0, 3),
    ).toEqual([]);
    expect(app.output()).toMatch(/"msg":"stopped"/);
  });
});
