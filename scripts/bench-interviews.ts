// `npm run bench:interviews [-- --duration 8 --warmup 2 --clients 1,10 --provider sqlite|postgresql
//                             --cards 100000 --skip-answers --skip-selection]`
// 1. Selection for a user with 100,000 cards: the pure selectQuestions on
//    100,000 candidates in memory, and loadCandidates + selectQuestions on a
//    real database (what starting an interview costs before its rows are written).
// 2. POST /api/interviews/:id/answers over HTTP (personal tokens, `next start`)
//    at 1 and 10 closed-loop clients, beside the same answerQuestion run
//    in-process on the same database with the server stopped (the ceiling).
// Every answer is scored, stored and recorded as a review, as in the app.
// Everything lives in temp databases; the only thing written into the checkout
// is the .next-bench build.
import crypto from "node:crypto";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { createDb, type TDb } from "@/lib/db/client";
import type { TProvider } from "@/lib/db/provider";
import { answerQuestion, type TAnswerUser } from "@/lib/interviews/answer-question";
import { deadlineFor } from "@/lib/interviews/deadline-rules";
import { selectQuestions, type TCandidate } from "@/lib/interviews/select-questions";
import { loadCandidates } from "@/lib/interviews/start-interview";
import { mulberry32 } from "@/lib/random/seeded-random";
import { createBenchDatabase, createBenchUsers, importCourse, PG_ADMIN_URL, type TBenchUser } from "./lib/bench-db";
import { runLoad, serverTimingParts, type TLoadOptions, type TLoadResult } from "./lib/bench-load";
import { seedHeavyUser } from "./lib/bench-queue";
import { BENCH_DIST, buildForBench, buildNeeded, startServer } from "./lib/bench-server";
import { fmt, formatTable, percentile } from "./lib/bench-table";

const PG_POOL_MAX = process.env.PG_POOL_MAX ?? "20";
const SELECT_TARGET_MS = 30;
const QUESTIONS = 15;
// Interviews made ready per client and phase: more than a client answers in one row.
// Interviews prepared per row, shared out among its clients: 9,000 answers, enough for 900 answers/s
// over warm-up and measurement (one client alone answers far faster than each of ten).
const SESSIONS_PER_ROW = 600;
const ANSWER =
  "Containers package the app with its dependencies so it starts fast and behaves the same everywhere; VMs isolate harder but are heavier.";
const DAY = 86_400_000;
const log = (msg: string) => process.stderr.write(`${msg}\n`);

type TTiming = { median: number; p95: number; picked: number };
async function time(runs: number, warmup: number, fn: () => Promise<number> | number): Promise<TTiming> {
  let picked = 0;
  for (let i = 0; i < warmup; i++) picked = await fn();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    picked = await fn();
    ms.push(performance.now() - t0);
  }
  return { median: percentile(ms, 50), p95: percentile(ms, 95), picked };
}

/** 100,000 candidates like a long-time learner's: ~60 % seen (mixed stability, lapses, some wrong answers), the rest new. */
function syntheticCandidates(n: number, now: Date): TCandidate[] {
  const rnd = mulberry32(11);
  return Array.from({ length: n }, (_, i) => {
    if (rnd() < 0.4)
      return {
        questionId: `q${i}`,
        card: { state: 0, stability: 0, lapses: 0, lastReview: null, leech: false, suspended: false },
        lastAnswerWrong: false,
      };
    const stability = 0.5 + rnd() * 120;
    return {
      questionId: `q${i}`,
      card: {
        state: 2,
        stability,
        lapses: Math.floor(rnd() * 4),
        lastReview: new Date(now.getTime() - rnd() * 2 * stability * DAY),
        leech: rnd() < 0.01,
        suspended: false,
      },
      lastAnswerWrong: rnd() < 0.05,
    };
  });
}

async function benchSelection(providers: TProvider[], cards: number) {
  const now = new Date();
  const rows: string[][] = [];
  const candidates = syntheticCandidates(cards, now);
  const previous = candidates.slice(0, 15).map((c, i) => ({ questionId: c.questionId, missed: i % 2 === 0 }));
  const pure = await time(
    50,
    5,
    () => selectQuestions({ candidates, previous, mode: "weak", count: 15, now, seed: 1 }).length,
  );
  rows.push([
    "in memory (selectQuestions)",
    "–",
    fmt(pure.median, 2),
    fmt(pure.p95, 2),
    String(pure.picked),
    pure.p95 < SELECT_TARGET_MS ? "ok" : "MISSED",
  ]);
  log(`[selection] pure: median ${fmt(pure.median, 2)} ms`);
  for (const provider of providers) {
    const bench = await createBenchDatabase(provider, "iv_select");
    if (!bench) continue;
    const db = createDb(bench.url);
    try {
      const user = await seedHeavyUser(db, cards, now);
      if (provider === "postgresql") await db.$executeRawUnsafe("ANALYZE");
      // Recall included: all 100,000 cards are candidates (interview questions alone are a third).
      const t = await time(20, 3, async () => {
        const { candidates: c, previous: p } = await loadCandidates(db, user.id, undefined, true);
        return selectQuestions({ candidates: c, previous: p, mode: "weak", count: 15, now, seed: 1 }).length;
      });
      rows.push([
        `load + select (${provider})`,
        provider,
        fmt(t.median, 1),
        fmt(t.p95, 1),
        String(t.picked),
        t.p95 < SELECT_TARGET_MS ? "ok" : "MISSED",
      ]);
      log(`[selection] ${provider}: median ${fmt(t.median, 1)} ms`);
    } finally {
      await db.$disconnect();
      await bench.drop();
    }
  }
  console.log(
    `\nselecting 15 questions (weak spots) for one user with ${cards.toLocaleString("en")} cards (in memory: 50 runs after 5 warm-up; database: 20 after 3); target p95 < ${SELECT_TARGET_MS} ms`,
  );
  console.log(formatTable(["what", "provider", "median ms", "p95 ms", "picked", "target"], rows));
}

type TClient = {
  u: TBenchUser & { user: TAnswerUser };
  sessions: { id: string; questions: string[] }[];
  at: number;
  q: number;
};

/** Interviews written straight into the database (many running per user), so no row pays for starting one. */
async function prepareClients(
  db: TDb,
  users: TBenchUser[],
  clients: number,
  questionIds: string[],
): Promise<TClient[]> {
  const rnd = mulberry32(5);
  const now = new Date();
  const out: TClient[] = [];
  for (const u of users.slice(0, clients)) {
    const sessions: TClient["sessions"] = [];
    for (let s = 0; s < Math.ceil(SESSIONS_PER_ROW / clients); s++) {
      const questions = [...questionIds].sort(() => rnd() - 0.5).slice(0, QUESTIONS);
      const row = await db.interviewSession.create({
        data: {
          userId: u.user.id,
          questionCount: QUESTIONS,
          secondsPerQuestion: 600,
          startedAt: now,
          endsAt: new Date(now.getTime() + 3_600_000),
        },
        select: { id: true },
      });
      await db.interviewAnswer.createMany({
        data: questions.map((questionId, position) => ({
          sessionId: row.id,
          userId: u.user.id,
          questionId,
          position,
          ...(position === 0 ? { shownAt: now, deadline: deadlineFor(now, 600) } : {}),
        })),
      });
      sessions.push({ id: row.id, questions });
    }
    out.push({ u: u as TClient["u"], sessions, at: 0, q: 0 });
  }
  return out;
}

/** The next answer of client c, and moves it on (its interview's next question, or its next interview). */
function nextAnswer(c: TClient) {
  const s = c.sessions[c.at];
  if (!s) return null;
  const questionId = s.questions[c.q]!;
  if (++c.q === s.questions.length) [c.at, c.q] = [c.at + 1, 0];
  return { sessionId: s.id, body: { questionId, answer: ANSWER, idempotencyKey: crypto.randomUUID() } };
}

function keepAliveAgent(connections: number): unknown {
  const global = (globalThis as Record<symbol, { constructor: new (o: object) => unknown } | undefined>)[
    Symbol.for("undici.globalDispatcher.1")
  ];
  return global ? new global.constructor({ connections, keepAliveTimeout: 60_000, pipelining: 1 }) : undefined;
}

type TAnswerRow = { provider: TProvider; http: TLoadResult; ceiling: TLoadResult };

async function benchAnswers(provider: TProvider, levels: number[], o: TLoadOptions): Promise<TAnswerRow[] | null> {
  const bench = await createBenchDatabase(provider, "iv_answers");
  if (!bench) return null;
  try {
    const db = createDb(bench.url);
    await importCourse(db);
    const max = Math.max(...levels);
    const users = await createBenchUsers(db, max);
    const questionIds = (
      await db.question.findMany({ where: { kind: "interview", retired: false }, select: { id: true } })
    ).map((q) => q.id);
    const pools = { http: [] as TClient[][], ceiling: [] as TClient[][] };
    for (const clients of levels) {
      pools.http.push(await prepareClients(db, users, clients, questionIds));
      pools.ceiling.push(await prepareClients(db, users, clients, questionIds));
    }
    await db.$disconnect();
    log(`[${provider}] ${questionIds.length} interview questions, ${max} users, interviews ready`);

    const server = await startServer(bench.url, { PG_POOL_MAX });
    const http: TLoadResult[] = [];
    try {
      for (const [i, clients] of levels.entries()) {
        const pool = pools.http[i]!;
        const dispatcher = keepAliveAgent(clients);
        const post = async (c: TClient, part: (name: string, ms: number) => void) => {
          const next = nextAnswer(c);
          if (!next) return "client ran out of prepared interviews";
          const res = await fetch(`${server.baseUrl}/api/interviews/${next.sessionId}/answers`, {
            method: "POST",
            body: JSON.stringify(next.body),
            dispatcher,
            headers: { authorization: `Bearer ${c.u.token}`, "content-type": "application/json" },
          } as RequestInit);
          const text = await res.text();
          serverTimingParts(res.headers.get("server-timing"), part);
          return res.status === 201 ? null : `HTTP ${res.status}: ${text.slice(0, 300)}`;
        };
        // Untimed: the first requests load the route's modules and the scorer's data.
        for (const c of pool) await post(c, () => {});
        http.push(await runLoad(clients, o.warmupMs, o.measureMs, (k, part) => post(pool[k]!, part)));
        log(`[${provider}] HTTP    ${clients} clients: ${fmt(http.at(-1)!.perSecond, 0)} answers/s`);
      }
    } finally {
      await server.stop();
    }
    // The ceiling runs with the server stopped, so both get the same machine.
    const direct = createDb(bench.url);
    const ceiling: TLoadResult[] = [];
    try {
      for (const [i, clients] of levels.entries()) {
        const pool = pools.ceiling[i]!;
        const run = async (c: TClient) => {
          const next = nextAnswer(c);
          if (!next) return "client ran out of prepared interviews";
          const r = await answerQuestion(direct, c.u.user, next.sessionId, next.body, new Date());
          return r.replayed ? "replayed" : null;
        };
        for (const c of pool) await run(c);
        ceiling.push(await runLoad(clients, o.warmupMs, o.measureMs, (k) => run(pool[k]!)));
        log(`[${provider}] ceiling ${clients} clients: ${fmt(ceiling.at(-1)!.perSecond, 0)} answers/s`);
      }
    } finally {
      await direct.$disconnect();
    }
    return levels.map((_, i) => ({ provider, http: http[i]!, ceiling: ceiling[i]! }));
  } finally {
    await bench.drop();
  }
}

function printAnswers(rows: TAnswerRow[], o: TLoadOptions) {
  console.log(
    `\nPOST /api/interviews/:id/answers: ${o.warmupMs / 1000} s warm-up + ${o.measureMs / 1000} s per row, closed loop (fetch, keep-alive), one user and token per client; PG_POOL_MAX=${PG_POOL_MAX}`,
  );
  console.log(
    "each answer: scored, stored, a review (source interview) in the same transaction; in-process = answerQuestion on the same database, server stopped",
  );
  console.log(
    formatTable(
      [
        "provider",
        "clients",
        "HTTP ans/s",
        "p50 ms",
        "p99 ms",
        "errors",
        "answer ms (Server-Timing)",
        "in-process ans/s",
        "p50 ms",
        "p99 ms",
        "HTTP/in-process",
      ],
      rows.map((r) => [
        r.provider,
        String(r.http.clients),
        fmt(r.http.perSecond, 0),
        fmt(r.http.p50),
        fmt(r.http.p99),
        String(r.http.errors),
        fmt(r.http.parts.answer ?? Number.NaN, 2),
        fmt(r.ceiling.perSecond, 0),
        fmt(r.ceiling.p50),
        fmt(r.ceiling.p99),
        `${fmt((100 * r.http.perSecond) / r.ceiling.perSecond, 0)} %`,
      ]),
    ),
  );
  for (const r of rows) {
    for (const [kind, x] of [
      ["HTTP", r.http],
      ["in-process", r.ceiling],
    ] as const) {
      if (x.firstError) console.log(`first error (${r.provider}, ${kind}, ${x.clients} clients): ${x.firstError}`);
    }
  }
}

async function main() {
  const { values } = parseArgs({
    options: {
      duration: { type: "string", default: "8" },
      warmup: { type: "string", default: "2" },
      clients: { type: "string", default: "1,10" },
      provider: { type: "string" },
      cards: { type: "string", default: "100000" },
      "skip-answers": { type: "boolean", default: false },
      "skip-selection": { type: "boolean", default: false },
    },
  });
  const o: TLoadOptions = { warmupMs: Number(values.warmup) * 1000, measureMs: Number(values.duration) * 1000 };
  const levels = values.clients.split(",").map(Number);
  const cards = Number(values.cards);
  const providers: TProvider[] = values.provider ? [values.provider as TProvider] : ["sqlite", "postgresql"];
  if (!providers.every((p) => p === "sqlite" || p === "postgresql"))
    throw new Error("--provider is sqlite or postgresql");
  if ([o.warmupMs, o.measureMs, cards, ...levels].some((n) => !Number.isFinite(n) || n < 0))
    throw new Error("numeric options must be numbers ≥ 0");
  process.env.PG_POOL_MAX = PG_POOL_MAX;

  const rows: TAnswerRow[] = [];
  const skipped: string[] = [];
  if (!values["skip-answers"]) {
    const why = buildNeeded();
    if (why) {
      log(`building ${BENCH_DIST} (${why}) …`);
      buildForBench();
    }
    for (const provider of providers) {
      const r = await benchAnswers(provider, levels, o);
      if (r) rows.push(...r);
      else skipped.push(provider);
    }
  }
  const load = os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(" ");
  console.log(`\nmachine: ${os.cpus().length} cores, load average ${load} (1/5/15 min) after the answer rows`);
  for (const p of skipped) console.log(`${p}: SKIPPED — no PostgreSQL server at ${PG_ADMIN_URL}`);
  if (rows.length) printAnswers(rows, o);
  if (!values["skip-selection"])
    await benchSelection(
      providers.filter((p) => !skipped.includes(p)),
      cards,
    );
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) await main();
