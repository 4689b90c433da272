// Two `npm start` instances of the built app on one PostgreSQL database
// behave as one service: sessions, idempotent retries, sign-out everywhere,
// sign-in limits, interviews and boards all live in the database.
import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type TDb } from "@/lib/db/client";
import { createPgDatabase, pgReachable } from "@/lib/db/pg-database";
import { endAllSessions } from "@/lib/auth/end-sessions";
import { createToken } from "@/lib/tokens/manage-tokens";
import { deploy } from "@/scripts/db/migrate";
import { startApp, type TApp } from "@/scripts/lib/start-app";
import { importChapters, makeUser } from "../support/seed";

const ADMIN = process.env.PG_ADMIN_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const SECRET = "two-instances-secret-0123456789abcdef0123456789";
const PASSWORD = "long enough password"; // tests/support/seed's makeUser
const reachable = await pgReachable(ADMIN);
if (!reachable && process.env.CI) throw new Error(`no PostgreSQL at ${ADMIN}`);

/** next-auth's credentials sign-in over HTTP: the session cookie, or where it sent us. */
async function signIn(base: string, email: string, password: string) {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = csrf.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { cookie: jar, "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, email, password }).toString(),
  });
  const session = res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0]!)
    .find((c) => c.includes("session-token="));
  return { session, location: res.headers.get("location") ?? "" };
}

const json = async (res: Response) => ({
  status: res.status,
  body: (await res.json().catch(() => null)) as Record<string, unknown> | null,
});

(reachable ? describe : describe.skip)("two instances, one PostgreSQL database", () => {
  let db: TDb;
  let drop = async () => {};
  let a: TApp, b: TApp;
  beforeAll(async () => {
    const created = await createPgDatabase(ADMIN, "deckhand_cluster");
    drop = created.drop;
    await deploy(created.url);
    db = createDb(created.url);
    await importChapters(db, ["content/02-pods-services-ingress.md"]);
    const env = {
      DATABASE_URL: created.url,
      AUTH_SECRET: SECRET,
      SIGNIN_MAX_PER_EMAIL: "2",
      LOG_LEVEL: "warn",
      DRAIN_DELAY_MS: "0",
    };
    [a, b] = await Promise.all([
      startApp({ distDir: ".next-e2e", via: "npm", env }),
      startApp({ distDir: ".next-e2e", via: "npm", env }),
    ]);
  }, 180_000);
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await db?.$disconnect();
    await drop();
  });

  it("a session made on one works on the other; sign-out everywhere ends it on both", async () => {
    const user = await makeUser(db);
    const { session } = await signIn(a.baseUrl, user.email, PASSWORD);
    expect(session).toBeTruthy();
    const queue = (app: TApp) =>
      fetch(`${app.baseUrl}/api/queue?take=1`, { headers: { cookie: session! } }).then((r) => r.status);
    expect([await queue(a), await queue(b)]).toEqual([200, 200]);
    await endAllSessions(db, user.id); // what "sign out everywhere" and a password change do
    expect([await queue(a), await queue(b)]).toEqual([401, 401]);
  });

  it("a review retried on the other instance is stored once", async () => {
    const user = await makeUser(db);
    const { token } = await createToken(db, user.id, "cluster");
    const card = await db.card.findFirstOrThrow({ where: { userId: user.id } });
    const body = JSON.stringify({ cardId: card.id, rating: 3, idempotencyKey: crypto.randomUUID() });
    const post = (app: TApp) =>
      fetch(`${app.baseUrl}/api/reviews`, {
        method: "POST",
        body,
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      }).then(json);
    const first = await post(a);
    const retry = await post(b);
    expect(first.status).toBe(201);
    expect(retry.status).toBeLessThan(300);
    expect(retry.body).toMatchObject({ logId: first.body!.logId, replayed: true });
    expect(await db.reviewLog.count({ where: { userId: user.id } })).toBe(1);
  });

  it("sign-in limits count across both instances", async () => {
    const user = await makeUser(db);
    // SIGNIN_MAX_PER_EMAIL=2: one wrong password on each, then both refuse, even the right one.
    expect((await signIn(a.baseUrl, user.email, "wrong password 1")).location).not.toContain("rate_limited");
    expect((await signIn(b.baseUrl, user.email, "wrong password 2")).location).not.toContain("rate_limited");
    expect((await signIn(a.baseUrl, user.email, PASSWORD)).location).toContain("rate_limited");
    expect((await signIn(b.baseUrl, user.email, PASSWORD)).location).toContain("rate_limited");
  });

  it("an interview started on one is answered on the other; the boards agree", async () => {
    const owner = await makeUser(db);
    const { token } = await createToken(db, owner.id, "cluster");
    const auth = { authorization: `Bearer ${token}`, "content-type": "application/json" };
    const started = await json(
      await fetch(`${a.baseUrl}/api/interviews`, {
        method: "POST",
        headers: auth,
        body: JSON.stringify({ count: 3, secondsPerQuestion: 120, mode: "random" }),
      }),
    );
    expect(started.status).toBe(201);
    const id = started.body!.id as string;
    let current = started.body!.current as { questionId: string } | null;
    for (const app of [b, a, b]) {
      const r = await json(
        await fetch(`${app.baseUrl}/api/interviews/${id}/answers`, {
          method: "POST",
          headers: auth,
          body: JSON.stringify({
            questionId: current!.questionId,
            answer: "a pod and a service",
            idempotencyKey: crypto.randomUUID(),
          }),
        }),
      );
      expect(r.status).toBe(201);
      current = r.body!.next as typeof current;
    }
    expect(current).toBeNull();
    expect((await json(await fetch(`${a.baseUrl}/api/interviews/${id}`, { headers: auth }))).body).toMatchObject({
      status: "finished",
    });

    const team = await json(
      await fetch(`${b.baseUrl}/api/teams`, {
        method: "POST",
        headers: auth,
        body: JSON.stringify({ name: "Cluster" }),
      }),
    );
    const card = await db.card.findFirstOrThrow({ where: { userId: owner.id, state: 0 } });
    await fetch(`${a.baseUrl}/api/reviews`, {
      method: "POST",
      headers: auth,
      body: JSON.stringify({ cardId: card.id, rating: 3, idempotencyKey: crypto.randomUUID() }),
    });
    const board = (app: TApp) =>
      fetch(`${app.baseUrl}/api/teams/${team.body!.slug as string}/leaderboard?period=all`, { headers: auth }).then(
        json,
      );
    const [onA, onB] = [await board(a), await board(b)];
    expect(onA.status).toBe(200);
    expect(onA.body).toEqual(onB.body);
    expect((onA.body!.rows as { points: number }[])[0]!.points).toBeGreaterThan(0);
  });
});
