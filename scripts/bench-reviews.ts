// `npm run bench:reviews [-- --duration 8 --warmup 2 --clients 1,10,50 --think-ms 1000
//                          --provider sqlite|postgresql --skip-reviews --skip-queue --queue-cards 100000 --explain
//                          --skip-http (in-process ceiling only)]`
// --explain: every statement of one review and of getQueue, with its plan and
// the time spent outside the database.
// Review throughput over HTTP (POST /api/reviews with personal tokens against
// `next start`) next to the ceiling: the same recordReview transaction run
// in-process on the same database, with the server stopped, and beside the
// floor: GET /api/health on the same server (no database, no auth), what the
// framework alone costs at that concurrency. Then a paced row
// (clients with think time, like people) and getQueue for a user with 100,000
// cards (--explain: every query Prisma issues, with its plan). SQLite and
// PostgreSQL (skipped when no server answers). Everything lives in temp
// databases; the only thing written into the checkout is the .next-bench build.
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { createDb } from "@/lib/db/client";
import { checkpointInBackground } from "@/lib/db/sqlite-checkpointer";
import type { TProvider } from "@/lib/db/provider";
import { getQueue } from "@/lib/review/get-queue";
import { recordReview } from "@/lib/review/record-review";
import { createBenchDatabase, createBenchUsers, importCourse, PG_ADMIN_URL } from "./lib/bench-db";
import { explainCall } from "./lib/bench-explain";
import { printReviewPhases } from "./lib/bench-review-phases";
import { floorLoad, httpLoad, reviewInput } from "./lib/bench-http";
import { runLoad, type TLoadOptions, type TLoadResult } from "./lib/bench-load";
import { seedHeavyUser, timeQueue, type TQueueTiming } from "./lib/bench-queue";
import { BENCH_DIST, buildForBench, buildNeeded, startServer } from "./lib/bench-server";
import { printPaced, printQueue, printReviews, type TPacedRow, type TRow } from "./lib/bench-report";
import { fmt } from "./lib/bench-table";

const PG_POOL_MAX = process.env.PG_POOL_MAX ?? "20";
const QUEUE_CARDS = 100_000;

type TOpts = TLoadOptions & {
  levels: number[];
  thinkMs: number;
  skipHttp: boolean;
  explain: boolean;
  pgAsyncCommit: boolean;
};

const log = (msg: string) => process.stderr.write(`${msg}\n`);

type TProviderResult = { rows: TRow[]; paced: TPacedRow | null };

async function benchReviews(provider: TProvider, o: TOpts): Promise<TProviderResult | null> {
  const bench = await createBenchDatabase(provider, "reviews");
  if (!bench) return null;
  try {
    const db = createDb(bench.url);
    if (provider === "postgresql" && o.pgAsyncCommit) {
      const name = new URL(bench.url).pathname.slice(1);
      await db.$executeRawUnsafe(`ALTER DATABASE "${name}" SET synchronous_commit = off`);
    }
    const questions = await importCourse(db);
    const users = await createBenchUsers(db, Math.max(...o.levels));
    await db.$disconnect();
    log(`[${provider}] ${bench.url}: ${questions} questions, ${users.length} users with tokens`);

    const http: TLoadResult[] = [];
    const floor: TLoadResult[] = [];
    let paced: TLoadResult | null = null;
    const server = o.skipHttp ? null : await startServer(bench.url, { PG_POOL_MAX });
    if (server)
      try {
        for (const clients of o.levels) {
          http.push(await httpLoad(server.baseUrl, users, clients, o));
          log(`[${provider}] HTTP    ${clients} clients: ${fmt(http.at(-1)!.perSecond, 0)} reviews/s`);
          floor.push(await floorLoad(server.baseUrl, clients, o));
          log(`[${provider}] floor   ${clients} clients: ${fmt(floor.at(-1)!.perSecond, 0)} requests/s`);
        }
        if (o.thinkMs > 0) paced = await httpLoad(server.baseUrl, users, users.length, o, o.thinkMs);
      } finally {
        await server.stop();
      }
    if (o.explain) {
      // Where a review's time goes: each statement, its plan, and the time outside the database.
      const u = users[0]!;
      await explainCall(bench.url, "recordReview, one review", (d) =>
        recordReview(d, u.user, reviewInput(u), new Date()),
      );
      await printReviewPhases(bench.url, provider, u);
    }
    // The ceiling runs with the server stopped, so both get the same machine.
    const direct = createDb(bench.url);
    // As the app's own client runs (lib/db/client.ts getDb): SQLite checkpoints off the event loop.
    const checkpointer = await checkpointInBackground(direct);
    const ceiling: TLoadResult[] = [];
    try {
      for (const clients of o.levels) {
        ceiling.push(
          await runLoad(clients, o.warmupMs, o.measureMs, async (i) => {
            const out = await recordReview(direct, users[i]!.user, reviewInput(users[i]!), new Date());
            return out.status === "ok" ? null : JSON.stringify(out);
          }),
        );
        log(`[${provider}] ceiling ${clients} clients: ${fmt(ceiling.at(-1)!.perSecond, 0)} reviews/s`);
      }
    } finally {
      await checkpointer?.stop();
      await direct.$disconnect();
    }
    const none: TLoadResult = {
      clients: 0,
      requests: 0,
      perSecond: 0,
      p50: 0,
      p99: 0,
      mean: 0,
      errors: 0,
      firstError: null,
      parts: {},
    };
    return {
      rows: o.levels.map((_, i) => ({
        provider,
        http: http[i] ?? none,
        floor: floor[i] ?? none,
        ceiling: ceiling[i]!,
      })),
      paced: paced && { ...paced, provider },
    };
  } finally {
    await bench.drop();
  }
}

async function benchQueue(provider: TProvider, cards: number, explain: boolean): Promise<TQueueTiming | null> {
  const bench = await createBenchDatabase(provider, "queue");
  if (!bench) return null;
  const db = createDb(bench.url);
  try {
    const now = new Date();
    const t0 = performance.now();
    const user = await seedHeavyUser(db, cards, now);
    log(`[${provider}] seeded ${cards} cards in ${fmt((performance.now() - t0) / 1000)} s`);
    // PostgreSQL's autovacuum analyzes a table this size within a minute of the load, so a
    // live server has statistics; nothing ever analyzes a SQLite file, so it gets none here either.
    if (provider === "postgresql") await db.$executeRawUnsafe("ANALYZE");
    const timing = await timeQueue(db, user, now);
    if (explain) await explainCall(bench.url, `getQueue, ${cards} cards`, (d) => getQueue(d, user, now));
    return timing;
  } finally {
    await db.$disconnect();
    await bench.drop();
  }
}

async function main() {
  const { values } = parseArgs({
    options: {
      duration: { type: "string", default: "8" },
      warmup: { type: "string", default: "2" },
      clients: { type: "string", default: "1,10,50" },
      provider: { type: "string" },
      "skip-queue": { type: "boolean", default: false },
      "skip-reviews": { type: "boolean", default: false },
      "queue-cards": { type: "string", default: String(QUEUE_CARDS) },
      explain: { type: "boolean", default: false },
      "think-ms": { type: "string", default: "1000" },
      "skip-http": { type: "boolean", default: false },
      // PostgreSQL without waiting for each commit's WAL flush (SQLite's WAL/NORMAL trade: survives
      // the app being killed, may lose the last commits to a power cut); the app's default waits.
      "pg-async-commit": { type: "boolean", default: false },
    },
  });
  const o: TOpts = {
    warmupMs: Number(values.warmup) * 1000,
    measureMs: Number(values.duration) * 1000,
    levels: values.clients.split(",").map(Number),
    thinkMs: Number(values["think-ms"]),
    skipHttp: values["skip-http"],
    explain: values.explain,
    pgAsyncCommit: values["pg-async-commit"],
  };
  const queueCards = Number(values["queue-cards"]);
  const providers: TProvider[] = values.provider ? [values.provider as TProvider] : ["sqlite", "postgresql"];
  if (!providers.every((p) => p === "sqlite" || p === "postgresql"))
    throw new Error("--provider is sqlite or postgresql");
  if ([o.warmupMs, o.measureMs, o.thinkMs, queueCards, ...o.levels].some((n) => !Number.isFinite(n) || n < 0))
    throw new Error("numeric options must be numbers ≥ 0");
  process.env.PG_POOL_MAX = PG_POOL_MAX;

  const rows: TRow[] = [];
  const paced: TPacedRow[] = [];
  const queue: [TProvider, TQueueTiming | null][] = [];
  const skipped: string[] = [];
  if (!values["skip-reviews"] && !values["skip-http"]) {
    const why = buildNeeded();
    if (why) {
      log(`building ${BENCH_DIST} (${why}) …`);
      buildForBench();
    }
  }
  for (const provider of providers) {
    if (!values["skip-reviews"]) {
      const r = await benchReviews(provider, o);
      if (r) {
        rows.push(...r.rows);
        if (r.paced) paced.push(r.paced);
      } else skipped.push(provider);
    }
    if (!values["skip-queue"] && !skipped.includes(provider))
      queue.push([provider, await benchQueue(provider, queueCards, values.explain)]);
  }

  const load = os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(" ");
  console.log(
    `\nPOST /api/reviews: ${o.warmupMs / 1000} s warm-up + ${o.measureMs / 1000} s per row, one user and token per client; PG_POOL_MAX=${PG_POOL_MAX}${o.pgAsyncCommit ? "; PostgreSQL synchronous_commit=off" : ""}`,
  );
  console.log(`machine: ${os.cpus().length} cores, load average ${load} (1/5/15 min) at the end of the run`);
  for (const p of skipped) console.log(`${p}: SKIPPED — no PostgreSQL server at ${PG_ADMIN_URL}`);
  if (rows.length) printReviews(rows);
  if (paced.length) printPaced(paced, o.thinkMs);
  const timed = queue.filter((q): q is [TProvider, TQueueTiming] => q[1] !== null);
  if (timed.length) printQueue(timed, queueCards);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) await main();
