// The JSON API over real HTTP against `next start`: users and tokens are
// made directly in the server's database, requests go through fetch.
import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDb, type TDb } from "@/lib/db/client";
import { revokeToken } from "@/lib/tokens/manage-tokens";
import { describeBrowser, signUp, uniqueEmail, useBrowser } from "./support/browser";
import { apiUser, call, type TApiInit } from "./support/api";

type TErrorBody = { error: { code: string; message: string; fields?: Record<string, string[]> } };

let db: TDb;
let baseUrl: string;
beforeAll(() => {
  db = createDb(inject("e2eDatabaseUrl"));
  baseUrl = inject("baseUrl");
});
afterAll(async () => db?.$disconnect());

const key = () => `e2e-${crypto.randomUUID()}`;
const firstCard = (userId: string) => db.card.findFirstOrThrow({ where: { userId }, orderBy: { newOrder: "asc" } });

function expectError(r: { status: number; type: string; json: unknown }, status: number, code: string) {
  expect(r.status).toBe(status);
  expect(r.type).toContain("application/json");
  const body = r.json as TErrorBody;
  expect(body.error.code).toBe(code);
  expect(typeof body.error.message).toBe("string");
  expect(body.error.message.length).toBeGreaterThan(0);
  return body.error;
}

describe("JSON API over HTTP", () => {
  it("answers the health check without credentials, uncompressed and uncached", async () => {
    const res = await fetch(`${baseUrl}/api/health`, { headers: { "accept-encoding": "gzip" } });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok" });
    expect(res.headers.get("content-encoding")).toBeNull();
    expect(res.headers.get("cache-control")).toContain("no-store");
  });

  it("answers 401 JSON without credentials, with an unknown token and with a revoked one", async () => {
    const u = await apiUser(db, "api-auth");
    const card = await firstCard(u.id);
    const review = { cardId: card.id, rating: 3, idempotencyKey: key() };
    expectError(await call("GET", "/api/queue"), 401, "unauthorized");
    expectError(await call("POST", "/api/reviews", { body: review }), 401, "unauthorized");
    expectError(await call("GET", "/api/queue", { token: "dh_not-a-real-token" }), 401, "unauthorized");
    expectError(await call("POST", "/api/reviews", { token: `${u.token}x`, body: review }), 401, "unauthorized");

    expect((await call("GET", "/api/queue", { token: u.token })).status).toBe(200);
    expect(await revokeToken(db, u.id, u.tokenId, new Date())).toBe(true);
    expectError(await call("GET", "/api/queue", { token: u.token }), 401, "unauthorized");
    expectError(await call("POST", "/api/reviews", { token: u.token, body: review }), 401, "unauthorized");
    expect(await db.reviewLog.count({ where: { userId: u.id } })).toBe(0);
  });

  it("GET /api/queue returns today's counts and the user's own cards", async () => {
    const u = await apiUser(db, "api-queue");
    const r = await call("GET", "/api/queue", { token: u.token });
    expect(r.status).toBe(200);
    const q = r.json as {
      counts: Record<string, number>;
      total: number;
      cards: { id: string; version: number; prompt: string; intervals: Record<string, string> }[];
    };
    expect(q.counts).toEqual({ learning: 0, due: 0, new: 20, reviewsDoneToday: 0, newDoneToday: 0 });
    expect(q.cards).toHaveLength(20);
    const own = await db.card.count({ where: { userId: u.id, id: { in: q.cards.map((c) => c.id) } } });
    expect(own).toBe(20);
    for (const c of q.cards) {
      expect(c.version).toBe(0);
      expect(c.prompt.length).toBeGreaterThan(0);
      expect(Object.keys(c.intervals)).toEqual(["1", "2", "3", "4"]);
    }
    const few = await call("GET", "/api/queue?take=3", { token: u.token });
    expect((few.json as { cards: unknown[] }).cards).toHaveLength(3);
    const bad = expectError(await call("GET", "/api/queue?take=abc", { token: u.token }), 400, "invalid_request");
    expect(bad.message).toMatch(/^take:/);
  });

  it("POST /api/reviews records once: 201 first, 200 with the same body for a retry", async () => {
    const u = await apiUser(db, "api-review");
    const card = await firstCard(u.id);
    const input = { cardId: card.id, rating: 3, idempotencyKey: key(), durationMs: 4_200 };
    const first = await call("POST", "/api/reviews", { token: u.token, body: input });
    expect(first.status).toBe(201);
    expect(first.json).toMatchObject({ cardId: card.id, rating: 3, replayed: false, leech: false });
    expect(typeof first.json.logId).toBe("string");
    expect(new Date(String(first.json.due)).getTime()).toBeGreaterThan(Date.now() - 60_000);

    const retry = await call("POST", "/api/reviews", { token: u.token, body: { ...input, rating: 1 } });
    expect(retry.status).toBe(200);
    expect(retry.json).toEqual({ ...first.json, replayed: true });

    expect(await db.reviewLog.count({ where: { userId: u.id } })).toBe(1);
    expect(await db.reviewLog.count({ where: { userId: u.id, idempotencyKey: input.idempotencyKey } })).toBe(1);
    const activity = await db.dailyActivity.findMany({ where: { userId: u.id } });
    expect(activity.map((a) => a.reviews)).toEqual([1]);
    const moved = await db.card.findUniqueOrThrow({ where: { id: card.id } });
    expect([moved.version, moved.reps]).toEqual([1, 1]);
  });

  it("answers 400 naming the field for invalid bodies, and stores nothing", async () => {
    const u = await apiUser(db, "api-invalid");
    const card = await firstCard(u.id);
    const ok = { cardId: card.id, rating: 3, idempotencyKey: key() };
    const post = (body: TApiInit) => call("POST", "/api/reviews", { token: u.token, ...body });

    const rating = expectError(await post({ body: { ...ok, rating: 7 } }), 400, "invalid_request");
    expect(rating.message).toMatch(/^rating: /);
    expect(Object.keys(rating.fields ?? {})).toEqual(["rating"]);

    const { idempotencyKey: _, ...noKey } = ok;
    const missing = expectError(await post({ body: noKey }), 400, "invalid_request");
    expect(missing.message).toMatch(/^idempotencyKey: /);
    expect(missing.fields).toHaveProperty("idempotencyKey");

    const long = expectError(await post({ body: { ...ok, answer: "a".repeat(5001) } }), 400, "invalid_request");
    expect(long.message).toMatch(/^answer: answer is longer than 5000 characters/);

    const notJson = expectError(await post({ raw: "{cardId: nope" }), 400, "invalid_json");
    expect(notJson.message).toMatch(/JSON/);

    expect(await db.reviewLog.count({ where: { userId: u.id } })).toBe(0);
    expect((await db.card.findUniqueOrThrow({ where: { id: card.id } })).version).toBe(0);
  });

  it("answers 404 for another user's card and leaves that card alone", async () => {
    const me = await apiUser(db, "api-me");
    const other = await apiUser(db, "api-other");
    const theirs = await firstCard(other.id);
    const r = await call("POST", "/api/reviews", {
      token: me.token,
      body: { cardId: theirs.id, rating: 4, idempotencyKey: key() },
    });
    const err = expectError(r, 404, "card_not_found");
    expect(err.message).toContain(theirs.id);
    expect(await db.card.findUniqueOrThrow({ where: { id: theirs.id } })).toEqual(theirs);
    expect(await db.reviewLog.count({ where: { cardId: theirs.id } })).toBe(0);
    expect(await db.reviewLog.count({ where: { userId: me.id } })).toBe(0);
  });

  it("answers 409 'already reviewed' for a stale expectedVersion", async () => {
    const u = await apiUser(db, "api-stale");
    const card = await firstCard(u.id);
    const first = await call("POST", "/api/reviews", {
      token: u.token,
      body: { cardId: card.id, rating: 3, idempotencyKey: key(), expectedVersion: 0 },
    });
    expect(first.status).toBe(201);
    const stale = await call("POST", "/api/reviews", {
      token: u.token,
      body: { cardId: card.id, rating: 2, idempotencyKey: key(), expectedVersion: 0 },
    });
    const err = expectError(stale, 409, "already_reviewed");
    expect(err.message).toMatch(/already reviewed/);
    expect(await db.reviewLog.count({ where: { userId: u.id } })).toBe(1);
    expect((await db.card.findUniqueOrThrow({ where: { id: card.id } })).version).toBe(1);
  });
});

describeBrowser("JSON API with the session cookie", () => {
  const b = useBrowser();

  it("a signed-in browser reads the queue and records a review without a token", async () => {
    const page = await b.newPage();
    const email = uniqueEmail("api-cookie");
    await signUp(page, email);
    const queue = await page.request.get("/api/queue");
    expect(queue.status()).toBe(200);
    const q = (await queue.json()) as { counts: { new: number }; cards: { id: string }[] };
    expect(q.counts.new).toBe(20);
    const cardId = q.cards[0]!.id;

    const posted = await page.request.post("/api/reviews", { data: { cardId, rating: 3, idempotencyKey: key() } });
    expect(posted.status()).toBe(201);
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    expect(await db.reviewLog.count({ where: { userId: user.id, cardId } })).toBe(1);

    await page.context().clearCookies();
    expect((await page.request.get("/api/queue")).status()).toBe(401);
  });
});
