// `npm run bench:teams [-- --members 1000 --logs 1000000 --samples 20 --provider sqlite|postgresql --keep]`
// A team of 1,000 members with 1,000,000 review logs over a year (and the
// per-day totals those logs add up to): how long this week's board, last
// week's, all time and the whole team page take, in-process, on SQLite and
// PostgreSQL (skipped when no server answers). Median and p95 of repeated
// calls after a warm-up. Data is generated (seeded) and bulk-inserted into a
// temp database that is dropped at the end (--keep: left for profiling).
import { parseArgs } from "node:util";
import { createDb, type TDb } from "@/lib/db/client";
import type { TProvider } from "@/lib/db/provider";
import { getLeaderboard } from "@/lib/teams/get-leaderboard";
import { getTeamPage } from "@/lib/teams/get-team-page";
import { findMembership } from "@/lib/teams/find-membership";
import { clearInsightsCache } from "@/lib/teams/insights-cache";
import { createBenchDatabase, importCourse } from "./lib/bench-db";
import { openBulk, type TBulk, type TBulkColumn } from "./lib/bench-bulk";
import { fmt, formatTable, percentile } from "./lib/bench-table";
import { mulberry32 } from "./lib/seeded-random";

const DAY = 86_400_000;
// A Wednesday: this week has run three days, last week is complete.
const NOW = new Date("2026-12-02T12:00:00Z");
const ZONES = ["UTC", "America/New_York", "Europe/Berlin", "Asia/Tokyo", "America/Los_Angeles"];
const USERS_PER_FLUSH = 20;

const log = (msg: string) => process.stderr.write(`${msg}\n`);

const USER_COLS: TBulkColumn[] = [
  ["id", "text"],
  ["email", "text"],
  ["name", "text"],
  ["timezone", "text"],
  ["dayStartHour", "int4"],
  ["updatedAt", "timestamp(3)"],
];
const CARD_COLS: TBulkColumn[] = [
  ["id", "text"],
  ["userId", "text"],
  ["questionId", "text"],
  ["due", "timestamp(3)"],
  ["stability", "float8"],
  ["difficulty", "float8"],
  ["state", "int4"],
  ["reps", "int4"],
  ["lastReview", "timestamp(3)"],
  ["newOrder", "int4"],
  ["updatedAt", "timestamp(3)"],
];
const LOG_COLS: TBulkColumn[] = [
  ["id", "text"],
  ["userId", "text"],
  ["cardId", "text"],
  ["rating", "int4"],
  ["state", "int4"],
  ["due", "timestamp(3)"],
  ["stability", "float8"],
  ["difficulty", "float8"],
  ["elapsedDays", "int4"],
  ["lastElapsedDays", "int4"],
  ["scheduledDays", "int4"],
  ["learningSteps", "int4"],
  ["review", "timestamp(3)"],
  ["score", "int4"],
  ["verdict", "text"],
  ["nextDue", "timestamp(3)"],
  ["nextState", "int4"],
  ["idempotencyKey", "text"],
  ["points", "int4"],
  ["day", "text"],
  ["firstOfDay", "bool"],
];
const DAY_COLS: TBulkColumn[] = [
  ["id", "text"],
  ["userId", "text"],
  ["day", "text"],
  ["reviews", "int4"],
  ["newCards", "int4"],
  ["correct", "int4"],
  ["points", "int4"],
  ["retentionReviews", "int4"],
  ["retentionRecalled", "int4"],
  ["streak", "int4"],
];

const TOTAL_COLS: TBulkColumn[] = [
  ["userId", "text"],
  ["reviews", "int4"],
  ["points", "int4"],
  ["retentionReviews", "int4"],
  ["retentionRecalled", "int4"],
];

const dayString = (daysBack: number) => new Date(NOW.getTime() - daysBack * DAY).toISOString().slice(0, 10);

type TSeed = { teamId: string; viewerId: string; logs: number; days: number; cards: number };

/** Members, their cards, a year of logs and the per-day totals, all seeded from one PRNG. */
async function seed(db: TDb, bulk: TBulk, members: number, totalLogs: number): Promise<TSeed> {
  const rnd = mulberry32(13);
  const questions = await db.question.findMany({
    where: { retired: false },
    select: { id: true, sortKey: true, wrongAnswer: true },
    orderBy: { sortKey: "asc" },
  });
  const team = await db.team.create({
    data: { name: "Bench platform team", slug: "bench-team", inviteCode: "BENCHCODE00" },
    select: { id: true },
  });
  const perUser = Math.round(totalLogs / members);
  let logs = 0;
  let days = 0;
  let cards = 0;
  let buf = {
    users: [] as unknown[][],
    cards: [] as unknown[][],
    logs: [] as unknown[][],
    days: [] as unknown[][],
    totals: [] as unknown[][],
  };
  const flush = async () => {
    await bulk.insert("User", USER_COLS, buf.users);
    await bulk.insert("Card", CARD_COLS, buf.cards);
    await bulk.insert("ReviewLog", LOG_COLS, buf.logs);
    await bulk.insert("DailyActivity", DAY_COLS, buf.days);
    await bulk.insert("ActivityTotal", TOTAL_COLS, buf.totals);
    logs += buf.logs.length;
    days += buf.days.length;
    cards += buf.cards.length;
    buf = { users: [], cards: [], logs: [], days: [], totals: [] };
  };
  for (let u = 0; u < members; u++) {
    const userId = `bench-user-${u}`;
    buf.users.push([userId, `bench-${u}@example.com`, `Member ${u}`, ZONES[u % ZONES.length], 4, NOW]);
    questions.forEach((q, i) => {
      const studied = rnd() < 0.7;
      const stability = 1 + rnd() * 90;
      const lastReview = new Date(NOW.getTime() - rnd() * 60 * DAY);
      buf.cards.push([
        `bc-${u}-${i}`,
        userId,
        q.id,
        new Date(lastReview.getTime() + stability * DAY),
        studied ? stability : 0,
        5,
        studied ? 2 : 0,
        studied ? 3 : 0,
        studied ? lastReview : null,
        q.sortKey,
        NOW,
      ]);
    });
    const seen = new Set<string>();
    const perDay = new Map<number, number[]>(); // daysBack → [reviews, newCards, correct, points, retR, retOk]
    for (let j = 0; j < perUser; j++) {
      const back = Math.floor(rnd() * 365);
      const qi = Math.floor(rnd() * questions.length);
      const first = !seen.has(`${qi}|${back}`);
      seen.add(`${qi}|${back}`);
      const state = rnd() < 0.1 ? 0 : rnd() < 0.15 ? 1 : 2;
      const rating = rnd() < 0.12 ? 1 : 2 + Math.floor(rnd() * 3);
      const typed = rnd() < 0.4;
      const wrong = typed && rating === 1 && questions[qi]!.wrongAnswer !== null && rnd() < 0.5;
      const score = typed ? (wrong ? 10 : 40 + Math.floor(rnd() * 61)) : null;
      const points = !first ? 0 : state === 0 ? 2 : rating === 1 ? 0 : state === 2 ? 2 + Math.floor(rnd() * 8) : 1;
      const review = new Date(Date.parse(`${dayString(back)}T08:00:00Z`) + rnd() * 12 * 3_600_000);
      buf.logs.push([
        `bl-${u}-${j}`,
        userId,
        `bc-${u}-${qi}`,
        rating,
        state,
        review,
        10,
        5,
        3,
        3,
        7,
        0,
        review,
        score,
        wrong ? "common-wrong-answer" : typed ? "correct" : null,
        new Date(review.getTime() + 7 * DAY),
        2,
        `bk-${u}-${j}`,
        points,
        dayString(back),
        first,
      ]);
      const d = perDay.get(back) ?? [0, 0, 0, 0, 0, 0];
      d[0]!++;
      if (state === 0) d[1]!++;
      if (rating >= 3) d[2]!++;
      d[3]! += points;
      if (first && state === 2) {
        d[4]!++;
        if (rating > 1) d[5]!++;
      }
      perDay.set(back, d);
    }
    const sum = (i: number) => [...perDay.values()].reduce((a, d) => a + d[i]!, 0);
    buf.totals.push([userId, sum(0), sum(3), sum(4), sum(5)]);
    let streak = 0;
    for (let back = 364; back >= 0; back--) {
      const d = perDay.get(back);
      if (!d) {
        streak = 0;
        continue;
      }
      streak++;
      buf.days.push([`bd-${u}-${back}`, userId, dayString(back), d[0], d[1], d[2], d[3], d[4], d[5], streak]);
    }
    if ((u + 1) % USERS_PER_FLUSH === 0) {
      await flush();
      if ((u + 1) % 200 === 0) log(`  ${u + 1}/${members} members, ${logs.toLocaleString()} logs`);
    }
  }
  await flush();
  await db.membership.createMany({
    data: Array.from({ length: members }, (_, u) => ({
      teamId: team.id,
      userId: `bench-user-${u}`,
      role: u === 0 ? "owner" : "member",
      hidden: u % 50 === 7,
    })),
  });
  return { teamId: team.id, viewerId: `bench-user-${Math.floor(members / 2)}`, logs, days, cards };
}

async function time(samples: number, fn: () => Promise<unknown>) {
  for (let i = 0; i < 3; i++) await fn();
  const ms: number[] = [];
  for (let i = 0; i < samples; i++) {
    const t0 = performance.now();
    await fn();
    ms.push(performance.now() - t0);
  }
  return { median: percentile(ms, 50), p95: percentile(ms, 95) };
}

async function benchProvider(provider: TProvider, members: number, totalLogs: number, samples: number, keep: boolean) {
  const bench = await createBenchDatabase(provider, "teams");
  if (!bench) {
    log(`[${provider}] skipped: no server`);
    return null;
  }
  const db = createDb(bench.url);
  try {
    await importCourse(db);
    const bulk = await openBulk(provider, bench.url);
    const t0 = performance.now();
    const s = await seed(db, bulk, members, totalLogs);
    // PostgreSQL's autovacuum would analyze the new tables on its own; do it now rather than wait.
    if (provider === "postgresql") await bulk.sql("ANALYZE");
    await bulk.close();
    log(
      `[${provider}] ${members} members, ${s.cards.toLocaleString()} cards, ${s.logs.toLocaleString()} logs, ${s.days.toLocaleString()} member-days in ${fmt((performance.now() - t0) / 1000, 0)} s`,
    );
    const viewer = await db.user.findUniqueOrThrow({
      where: { id: s.viewerId },
      select: { id: true, timezone: true, dayStartHour: true },
    });
    const m = await findMembership(db, viewer.id, "bench-team");
    const rows: string[][] = [];
    for (const [label, fn] of [
      ["board: this week", () => getLeaderboard(db, s.teamId, viewer.id, "week", NOW)],
      ["board: last week", () => getLeaderboard(db, s.teamId, viewer.id, "last-week", NOW)],
      ["board: all time", () => getLeaderboard(db, s.teamId, viewer.id, "all", NOW)],
      ["team page, insights computed", () => (clearInsightsCache(), getTeamPage(db, m, viewer, "week", NOW))],
      ["team page, insights cached (≤ 10 min)", () => getTeamPage(db, m, viewer, "week", NOW)],
    ] as const) {
      const t = await time(samples, fn);
      rows.push([provider, label, fmt(t.median), fmt(t.p95)]);
      log(`[${provider}] ${label}: median ${fmt(t.median)} ms, p95 ${fmt(t.p95)} ms`);
    }
    return rows;
  } finally {
    await db.$disconnect();
    if (keep) log(`[${provider}] kept ${bench.url}`);
    else await bench.drop();
  }
}

async function main() {
  const { values } = parseArgs({
    options: {
      members: { type: "string", default: "1000" },
      logs: { type: "string", default: "1000000" },
      samples: { type: "string", default: "20" },
      provider: { type: "string" },
      keep: { type: "boolean", default: false },
    },
  });
  const providers: TProvider[] = values.provider ? [values.provider as TProvider] : ["sqlite", "postgresql"];
  const all: string[][] = [];
  for (const p of providers)
    all.push(
      ...((await benchProvider(p, Number(values.members), Number(values.logs), Number(values.samples), values.keep)) ??
        []),
    );
  console.log(
    `\nTeam of ${values.members} members, ${Number(values.logs).toLocaleString()} review logs over a year; ${values.samples} calls each after 3 warm-up calls (ms, in-process)\n`,
  );
  console.log(formatTable(["provider", "what", "median", "p95"], all));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
