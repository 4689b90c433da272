// The teams JSON API over real HTTP against `next start`, with personal tokens.
import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDb, type TDb } from "@/lib/db/client";
import { apiUser, call } from "./support/api";

let db: TDb;
beforeAll(() => {
  db = createDb(inject("e2eDatabaseUrl"));
});
afterAll(async () => db?.$disconnect());

/** The answer without its content type, for whole-answer comparisons. */
const statusAndJson = ({ status, json }: { status: number; json: unknown }) => ({ status, json });

describe("teams JSON API", () => {
  it("creates, joins, lists, rotates, hides and ranks exactly as documented", async () => {
    const a = await apiUser(db, "teams-api", "Ana");
    const b = await apiUser(db, "teams-api", "Ben");
    const stranger = await apiUser(db, "teams-api", "Sam");

    const created = await call("POST", "/api/teams", a.token, { name: "  API crew  " });
    expect(created.status).toBe(201);
    expect(Object.keys(created.json).sort()).toEqual(["inviteCode", "name", "role", "slug"]);
    expect(created.json).toMatchObject({ name: "API crew", role: "owner" });
    const { slug, inviteCode } = created.json as { slug: string; inviteCode: string };

    const long = await call("POST", "/api/teams", a.token, { name: "x".repeat(61) });
    expect([long.status, long.json.error.code, long.json.error.fields.name]).toEqual([
      400,
      "invalid_request",
      ["A team name can be at most 60 characters."],
    ]);
    expect((await call("POST", "/api/teams", a.token, { name: "   " })).json.error.fields.name).toEqual([
      "Give the team a name.",
    ]);

    expect(
      statusAndJson(await call("POST", "/api/teams/join", b.token, { code: ` ${inviteCode.toLowerCase()} ` })),
    ).toEqual({ status: 200, json: { slug, role: "member" } });
    expect(statusAndJson(await call("POST", "/api/teams/join", b.token, { code: inviteCode }))).toEqual({
      status: 200,
      json: { slug, role: "member" },
    });
    expect(await db.membership.count({ where: { userId: b.id } })).toBe(1);

    const mine = await call("GET", "/api/teams", b.token);
    expect(mine.json.teams).toEqual([{ slug, name: "API crew", role: "member", hidden: false, members: 2 }]);

    const denied = await call("POST", `/api/teams/${slug}/invite`, b.token, { rotate: true });
    expect([denied.status, denied.json.error.code, denied.json.error.message]).toEqual([
      403,
      "forbidden",
      "Only a team admin or owner can do that.",
    ]);
    const rotated = await call("POST", `/api/teams/${slug}/invite`, a.token, { rotate: true, expiresInDays: 7 });
    expect(rotated.status).toBe(200);
    expect(rotated.json.inviteCode).not.toBe(inviteCode);
    expect(new Date(rotated.json.expiresAt).getTime()).toBeGreaterThan(Date.now() + 6 * 86_400_000);
    const old = await call("POST", "/api/teams/join", stranger.token, { code: inviteCode });
    expect([old.status, old.json.error.code, old.json.error.message]).toEqual([
      404,
      "invite_invalid",
      "This invite link no longer works — ask for a new one.",
    ]);

    for (const path of [`/api/teams/${slug}/leaderboard`, "/api/teams/no-such-team/leaderboard"]) {
      const r = await call("GET", path, stranger.token);
      expect([r.status, r.json.error.code]).toEqual([404, "team_not_found"]);
    }
    expect((await call("POST", `/api/teams/${slug}/visibility`, stranger.token, { hidden: true })).status).toBe(404);
    expect((await call("POST", `/api/teams/${slug}/invite`, stranger.token, { rotate: true })).status).toBe(404);

    // Ben reviews one new card: 2 points.
    const card = await db.card.findFirstOrThrow({ where: { userId: b.id }, orderBy: { newOrder: "asc" } });
    const review = await call("POST", "/api/reviews", b.token, {
      cardId: card.id,
      rating: 3,
      idempotencyKey: `k-${crypto.randomUUID()}`,
    });
    expect(review.status).toBe(201);

    const board = await call("GET", `/api/teams/${slug}/leaderboard?period=week`, a.token);
    expect(board.status).toBe(200);
    expect(Object.keys(board.json).sort()).toEqual(["from", "period", "rows", "to"]);
    expect(board.json.rows).toEqual([
      { rank: 1, name: "Ben", points: 2, reviews: 1, retention: null, streak: 1, me: false },
      { rank: 2, name: "Ana", points: 0, reviews: 0, retention: null, streak: 0, me: true },
    ]);
    expect(JSON.stringify(board.json)).not.toMatch(/@example\.com|userId|passwordHash/);
    expect((await call("GET", `/api/teams/${slug}/leaderboard?period=all`, a.token)).json.from).toBeNull();
    const bad = await call("GET", `/api/teams/${slug}/leaderboard?period=month`, a.token);
    expect([bad.status, bad.json.error.code]).toEqual([400, "invalid_request"]);

    expect(statusAndJson(await call("POST", `/api/teams/${slug}/visibility`, b.token, { hidden: true }))).toEqual({
      status: 200,
      json: { hidden: true },
    });
    expect(
      (await call("GET", `/api/teams/${slug}/leaderboard?period=last-week`, a.token)).json.rows.map(
        (r: { name: string }) => r.name,
      ),
    ).toEqual(["Ana"]);
    await call("POST", `/api/teams/${slug}/visibility`, b.token, { hidden: false });
    expect((await call("GET", `/api/teams/${slug}/leaderboard`, a.token)).json.rows).toHaveLength(2);
  });
});
