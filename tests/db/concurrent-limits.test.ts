// Limits that read before they write must hold when the requests arrive at
// the same instant: 20 at once at each cap, on both databases.
import { beforeAll, expect, it } from "vitest";
import { recordReview } from "@/lib/review/record-review";
import { POINT_RULES } from "@/lib/teams/points";
import { joinTeam } from "@/lib/teams/join-team";
import { createTeam } from "@/lib/teams/create-team";
import { MAX_TEAMS_PER_USER } from "@/lib/teams/schemas";
import { claimSignUp } from "@/lib/auth/sign-up-limit";
import { describeDb, useTestDb } from "../support/test-db";
import { importChapters, makeUser } from "../support/seed";

const BURST = 20;
const settle = (ps: Promise<unknown>[]) => Promise.allSettled(ps);

describeDb("limits under concurrency", () => {
  const t = useTestDb();
  beforeAll(async () => {
    await importChapters(t.db, [
      "content/02-pods-services-ingress.md",
      "content/03-config-and-secrets.md",
      "content/04-storage-and-state.md",
    ]);
  });

  it("the daily points cap: 20 simultaneous new-card reviews never pass it, and totals match the logs", async () => {
    const user = await makeUser(t.db);
    const cards = await t.db.card.findMany({ where: { userId: user.id, state: 0 }, take: BURST, select: { id: true } });
    expect(cards.length).toBe(BURST);
    const now = new Date("2026-05-04T12:00:00Z");
    const day = "2026-05-04";
    // Ten points of room left: five new cards' worth (learnNew = 2).
    const start = POINT_RULES.dailyCap - 10;
    await t.db.dailyActivity.create({ data: { userId: user.id, day, reviews: 1, points: start, streak: 1 } });
    await t.db.activityTotal.create({ data: { userId: user.id, reviews: 1, points: start } });
    const results = await settle(
      cards.map((c, i) => recordReview(t.db, user, { cardId: c.id, rating: 3, idempotencyKey: `cap-${i}` }, now)),
    );
    expect(
      results.filter((r) => r.status === "fulfilled" && (r.value as { status: string }).status === "ok"),
    ).toHaveLength(BURST);
    const logs = await t.db.reviewLog.findMany({ where: { userId: user.id, day }, select: { points: true } });
    const earned = logs.reduce((s, l) => s + l.points, 0);
    const today = await t.db.dailyActivity.findUniqueOrThrow({ where: { userId_day: { userId: user.id, day } } });
    const total = await t.db.activityTotal.findUniqueOrThrow({ where: { userId: user.id } });
    expect(earned).toBe(10);
    expect([today.points, today.reviews]).toEqual([POINT_RULES.dailyCap, 1 + BURST]);
    expect([total.points, total.reviews]).toEqual([POINT_RULES.dailyCap, 1 + BURST]);
  });

  it("the team-size cap: 20 simultaneous joins fill a 5-member team exactly", async () => {
    const owner = await makeUser(t.db);
    const team = await createTeam(t.db, owner.id, "Full house");
    const joiners = await Promise.all(Array.from({ length: BURST }, () => makeUser(t.db)));
    const now = new Date();
    const results = await settle(joiners.map((u) => joinTeam(t.db, u.id, team.inviteCode, now, 5)));
    const joined = results.filter((r) => r.status === "fulfilled");
    const refused = results
      .filter((r) => r.status === "rejected")
      .map((r) => String((r as PromiseRejectedResult).reason?.message));
    expect(joined).toHaveLength(4);
    expect(refused.every((m) => m.includes("full"))).toBe(true);
    expect(await t.db.membership.count({ where: { team: { slug: team.slug } } })).toBe(5);
  });

  it("the teams-per-user cap: 20 simultaneous joins and creates at the limit add exactly one team", async () => {
    const user = await makeUser(t.db);
    const other = await makeUser(t.db);
    // One short of the cap, written directly (creating 99 teams one by one is slow and tests nothing here).
    const filler = await Promise.all(
      Array.from({ length: MAX_TEAMS_PER_USER - 1 }, (_, i) =>
        t.db.team.create({
          data: {
            name: `F${i}`,
            slug: `filler-${user.id}-${i}`,
            inviteCode: `fill-${user.id}-${i}`,
            memberships: { create: { userId: user.id, role: "owner" } },
          },
          select: { id: true },
        }),
      ),
    );
    expect(filler).toHaveLength(MAX_TEAMS_PER_USER - 1);
    const teams = await Promise.all(
      Array.from({ length: BURST / 2 }, (_, i) => createTeam(t.db, other.id, `Open ${i}`)),
    );
    const now = new Date();
    await settle([
      ...teams.map((tm) => joinTeam(t.db, user.id, tm.inviteCode, now, 1000)),
      ...Array.from({ length: BURST / 2 }, (_, i) => createTeam(t.db, user.id, `Mine ${i}`)),
    ]);
    expect(await t.db.membership.count({ where: { userId: user.id } })).toBe(MAX_TEAMS_PER_USER);
  });

  it("the sign-up limit: 20 simultaneous sign-ups from one address claim at most the limit", async () => {
    const now = new Date();
    const results = await settle(
      Array.from({ length: BURST }, () => claimSignUp(t.db, "203.0.113.9", { SIGNUP_MAX_PER_IP_HOUR: 3 }, now)),
    );
    const passed = results.filter((r) => r.status === "fulfilled").length;
    expect(passed).toBeGreaterThan(0);
    expect(passed).toBeLessThanOrEqual(3);
  });
});
