// `npm run bench:stats [-- --logs 100000 --csv-logs 1000000 --runs 10]`:
//  1. the Stats page for a user with 100,000 review logs over two years (simulated
//     by ts-fsrs), on SQLite and PostgreSQL, through `next start`: time to first
//     byte and to the last streamed part;
//  2. the CSV export of 1,000,000 review logs: time and peak memory, in-process
//     and through GET /api/export/reviews.csv (the server's resident memory), beside
//     the same export of 100,000 logs to show the memory does not grow with size;
//  3. first-load JavaScript of /stats and /review (bench:first-load's measure).
import { parseArgs } from "node:util";
import fs from "node:fs";
import { chromium } from "playwright-core";
import { createDb, type TDb } from "@/lib/db/client";
import { sqlitePath, type TProvider } from "@/lib/db/provider";
import { createUser } from "@/lib/users/create-user";
import { reviewCsvChunks } from "@/lib/export/review-csv";
import { streamOf } from "@/lib/export/batched-rows";
import { chromiumPath } from "@/tests/e2e/support/browser";
import { createBenchDatabase, importCourse } from "./lib/bench-db";
import { buildForBench, buildNeeded, startServer } from "./lib/bench-server";
import { formatTable, fmt, percentile } from "./lib/bench-table";
import { addGeneratedQuestions, seedHistory } from "./lib/seed-history";
import { measureFirstLoad, sessionCookie } from "./lib/measure-first-load";
import { mulberry32 } from "./lib/seeded-random";

const { values } = parseArgs({
  options: {
    logs: { type: "string", default: "100000" },
    "csv-logs": { type: "string", default: "1000000" },
    runs: { type: "string", default: "10" },
    providers: { type: "string", default: "sqlite,postgresql" },
  },
});
const LOGS = Number(values.logs);
const CSV_LOGS = Number(values["csv-logs"]);
const RUNS = Number(values.runs);
const SECRET = "bench-stats-secret-0123456789abcdef0123456789";
const now = new Date();
const mb = (b: number) => (b / 1024 / 1024).toFixed(1);

async function newUser(db: TDb, tag: string) {
  return createUser(db, {
    name: "Bench",
    email: `bench-${tag}-${process.pid}@example.com`,
    password: "bench password 0123",
    timezone: "UTC",
  });
}

/** One GET of /stats: headers (first byte) and the end of the streamed body. */
async function timeStats(baseUrl: string, cookie: string) {
  const t0 = performance.now();
  const res = await fetch(`${baseUrl}/stats`, { headers: { cookie }, redirect: "manual" });
  const ttfb = performance.now() - t0;
  if (res.status !== 200) throw new Error(`/stats answered ${res.status}`);
  const reader = res.body!.getReader();
  let bytes = 0;
  let chunks = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    chunks++;
  }
  return { ttfb, total: performance.now() - t0, bytes, chunks };
}

function rssOf(pid: number): number {
  // The server process and its children (next start may fork a worker).
  let total = 0;
  const walk = (p: number) => {
    try {
      const status = fs.readFileSync(`/proc/${p}/status`, "utf8");
      total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
      for (const t of fs.readdirSync(`/proc/${p}/task`)) {
        for (const c of fs.readFileSync(`/proc/${p}/task/${t}/children`, "utf8").trim().split(/\s+/).filter(Boolean))
          walk(Number(c));
      }
    } catch {}
  };
  walk(pid);
  return total;
}

/**
 * Synthetic logs, fast: straight into the SQLite file with one prepared statement
 * (Prisma's createMany would take minutes for a million rows). Dates in the text
 * form Prisma's SQLite adapter writes and reads. The export reads rows; it does
 * not care how plausible they are.
 */
async function insertLogs(db: TDb, url: string, userId: string, count: number) {
  const cards = await db.card.findMany({ where: { userId }, select: { id: true } });
  const Database = (await import("better-sqlite3")).default;
  const file = new Database(sqlitePath(url));
  const iso = (ms: number) => new Date(ms).toISOString().replace("Z", "+00:00");
  const insert =
    file.prepare(`INSERT INTO "ReviewLog" (id, userId, cardId, rating, state, due, stability, difficulty, elapsedDays, lastElapsedDays,
    scheduledDays, learningSteps, review, answer, score, verdict, suggestedRating, durationMs, source, nextDue, nextState, leech, idempotencyKey, undone, createdAt)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, 3, 2, 5, 0, ?, ?, ?, ?, ?, ?, 'daily', ?, 2, 0, ?, 0, ?)`);
  const rand = mulberry32(11);
  const start = now.getTime() - 730 * 86_400_000;
  const batch = file.transaction((from: number, to: number) => {
    for (let k = from; k < to; k++) {
      const at = iso(start + (k / count) * 730 * 86_400_000);
      const typed = rand() < 0.3;
      insert.run(
        `bench-${userId}-${k}`,
        userId,
        cards[k % cards.length]!.id,
        1 + Math.floor(rand() * 4),
        k % 4,
        at,
        rand() * 100,
        1 + rand() * 9,
        at,
        typed ? `answer ${k}, with "quotes"` : null,
        typed ? Math.floor(rand() * 100) : null,
        typed ? "partial" : null,
        typed ? 3 : null,
        Math.floor(rand() * 60_000),
        at,
        `bench-${userId}-${k}`,
        at,
      );
    }
  });
  for (let i = 0; i < count; i += 50_000) batch(i, Math.min(count, i + 50_000));
  file.close();
}

async function statsPage(provider: TProvider) {
  const database = await createBenchDatabase(provider, "stats");
  if (!database) return null;
  const db = createDb(database.url);
  try {
    await importCourse(db);
    const user = await newUser(db, "stats");
    await addGeneratedQuestions(db, user.id, Math.ceil(LOGS / 12), now);
    const t0 = performance.now();
    const seeded = await seedHistory(db, user.id, { logs: LOGS, days: 730, now, interviews: 30 });
    console.error(
      `${provider}: seeded ${seeded.logs} logs on ${seeded.cards} cards over ${seeded.days} days in ${((performance.now() - t0) / 1000).toFixed(0)} s`,
    );
    const server = await startServer(database.url, { AUTH_SECRET: SECRET });
    try {
      const c = await sessionCookie(user.id, SECRET);
      const cookie = `${c.name}=${c.value}`;
      for (let i = 0; i < 3; i++) await timeStats(server.baseUrl, cookie); // warm-up: compile caches, pool
      const runs = [];
      for (let i = 0; i < RUNS; i++) runs.push(await timeStats(server.baseUrl, cookie));
      return { provider, logs: seeded.logs, cards: seeded.cards, runs };
    } finally {
      await server.stop();
    }
  } finally {
    await db.$disconnect();
    await database.drop();
  }
}

async function csvExport() {
  const database = (await createBenchDatabase("sqlite", "csv"))!;
  const db = createDb(database.url);
  const out: string[][] = [];
  try {
    await importCourse(db);
    const sizes = [Math.round(CSV_LOGS / 10), CSV_LOGS];
    const users = [];
    for (const size of sizes) {
      const u = await newUser(db, `csv-${size}`);
      const t0 = performance.now();
      await insertLogs(db, database.url, u.id, size);
      console.error(`csv: inserted ${size} logs in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
      users.push({ id: u.id, size });
    }
    // In-process: the route's own stream, drained; heap and RSS sampled every 10 ms.
    for (const { id, size } of users) {
      global.gc?.();
      const base = process.memoryUsage();
      let peakHeap = base.heapUsed;
      let peakRss = base.rss;
      const timer = setInterval(() => {
        const m = process.memoryUsage();
        peakHeap = Math.max(peakHeap, m.heapUsed);
        peakRss = Math.max(peakRss, m.rss);
      }, 10);
      const t0 = performance.now();
      const reader = streamOf(reviewCsvChunks(db, id)).getReader();
      let bytes = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        bytes += value.byteLength;
        const m = process.memoryUsage();
        peakHeap = Math.max(peakHeap, m.heapUsed);
        peakRss = Math.max(peakRss, m.rss);
      }
      const ms = performance.now() - t0;
      clearInterval(timer);
      out.push([
        `in-process, ${size.toLocaleString("en")} logs`,
        fmt(ms / 1000, 2),
        fmt(size / (ms / 1000), 0),
        mb(bytes),
        `+${mb(peakHeap - base.heapUsed)}`,
        `+${mb(peakRss - base.rss)}`,
      ]);
    }
    // Through the route: GET /api/export/reviews.csv with a personal token; the server's RSS sampled.
    const server = await startServer(database.url, { AUTH_SECRET: SECRET });
    try {
      const { createToken } = await import("@/lib/tokens/manage-tokens");
      // Warm-up: the route's first request loads its modules (tens of MB that are not the export's).
      const warm = await createToken(db, users[0]!.id, "warm-up");
      await (
        await fetch(`${server.baseUrl}/api/export/reviews.csv`, { headers: { authorization: `Bearer ${warm.token}` } })
      ).arrayBuffer();
      for (const { id, size } of users) {
        const { token } = await createToken(db, id, "bench");
        const base = rssOf(server.pid);
        let peak = base;
        const timer = setInterval(() => {
          peak = Math.max(peak, rssOf(server.pid));
        }, 20);
        const t0 = performance.now();
        const res = await fetch(`${server.baseUrl}/api/export/reviews.csv`, {
          headers: { authorization: `Bearer ${token}` },
        });
        const reader = res.body!.getReader();
        let bytes = 0;
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          bytes += value.byteLength;
        }
        const ms = performance.now() - t0;
        clearInterval(timer);
        out.push([
          `GET route, ${size.toLocaleString("en")} logs`,
          fmt(ms / 1000, 2),
          fmt(size / (ms / 1000), 0),
          mb(bytes),
          "–",
          `+${mb(peak - base)} (server)`,
        ]);
      }
    } finally {
      await server.stop();
    }
  } finally {
    await db.$disconnect();
    await database.drop();
  }
  return out;
}

const reason = buildNeeded();
if (reason) {
  console.error(`Building .next-bench (${reason})…`);
  buildForBench();
}

const pages = [];
for (const p of values.providers.split(",") as TProvider[]) {
  const r = await statsPage(p);
  if (r) pages.push(r);
  else console.error(`${p}: not reachable, skipped`);
}
console.log(`\nStats page (GET /stats through next start, ${RUNS} runs after 3 warm-ups; ms)\n`);
console.log(
  formatTable(
    ["database", "review logs", "cards", "TTFB p50", "TTFB p95", "last part p50", "last part p95", "kB", "chunks"],
    pages.map((p) => [
      p.provider,
      p.logs.toLocaleString("en"),
      p.cards.toLocaleString("en"),
      fmt(
        percentile(
          p.runs.map((r) => r.ttfb),
          50,
        ),
      ),
      fmt(
        percentile(
          p.runs.map((r) => r.ttfb),
          95,
        ),
      ),
      fmt(
        percentile(
          p.runs.map((r) => r.total),
          50,
        ),
      ),
      fmt(
        percentile(
          p.runs.map((r) => r.total),
          95,
        ),
      ),
      fmt(p.runs[0]!.bytes / 1024),
      String(p.runs[0]!.chunks),
    ]),
  ),
);

const csv = await csvExport();
console.log(`\nCSV export of the review log (SQLite)\n`);
console.log(formatTable(["export", "seconds", "rows/s", "MB out", "peak heap MB", "peak RSS MB"], csv));

// First-load JS, from the same bench build, signed in.
{
  const database = (await createBenchDatabase("sqlite", "first-load"))!;
  const db = createDb(database.url);
  await importCourse(db);
  const u = await newUser(db, "first-load");
  await db.$disconnect();
  const server = await startServer(database.url, { AUTH_SECRET: SECRET });
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
  try {
    const cookie = await sessionCookie(u.id, SECRET);
    const rows = [];
    for (const [path, aim] of [
      ["/stats", 200],
      ["/review", 120],
    ] as const) {
      const r = await measureFirstLoad(browser, server.baseUrl, path, [cookie]);
      rows.push([path, fmt(r.gzip / 1024), fmt(r.raw / 1024), String(r.files), `< ${aim}`]);
    }
    console.log(`\nFirst-load JavaScript, gzipped (kB)\n`);
    console.log(formatTable(["page", "gzip", "raw", "files", "aim"], rows));
  } finally {
    await browser.close();
    await server.stop();
    await database.drop();
  }
}
