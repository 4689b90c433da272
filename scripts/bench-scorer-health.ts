// Is scoring off the event loop? `next start` (production build in .next-bench)
// on SQLite; 10 closed-loop clients POST typed answers to
// /api/interviews/:id/answers (each scored by the model, stored, recorded),
// while one more client polls GET /api/health. Prints the health latency
// (target p99 < 50 ms) and the answers/s the pool sustained.
// Usage: npm run bench:scorer-health [-- --seconds 20 --clients 10]
import crypto from "node:crypto";
import { execSync } from "node:child_process";
import { parseArgs } from "node:util";
import { createDb } from "@/lib/db/client";
import { deadlineFor } from "@/lib/interviews/deadline-rules";
import { mulberry32 } from "@/lib/random/seeded-random";
import { createBenchDatabase, createBenchUsers, importCourse, type TBenchUser } from "./lib/bench-db";
import { buildForBench, buildNeeded, startServer } from "./lib/bench-server";
import { fmt, formatTable, percentile } from "./lib/bench-table";
import { readScorerData } from "./lib/scorer-data";

const { values } = parseArgs({
  options: { seconds: { type: "string", default: "20" }, clients: { type: "string", default: "10" } },
});
const SECONDS = Number(values.seconds);
const CLIENTS = Number(values.clients);
const QUESTIONS = 15;
const log = (m: string) => process.stderr.write(`${m}\n`);

const why = buildNeeded();
if (why) {
  log(`building .next-bench (${why})`);
  buildForBench();
}
// Typed answers people wrote (the course's graded set), so no cache has them.
const typed = readScorerData(["course"])
  .map((it) => it.answer)
  .filter((a) => a.trim());
const bench = (await createBenchDatabase("sqlite", "scorer_health"))!;
try {
  const db = createDb(bench.url);
  await importCourse(db);
  const users = await createBenchUsers(db, CLIENTS);
  const questionIds = (
    await db.question.findMany({ where: { kind: "interview", retired: false }, select: { id: true } })
  ).map((q) => q.id);
  const rnd = mulberry32(3);
  const now = new Date();
  // Interviews written straight into the database, so no request pays for starting one.
  const queues: { u: TBenchUser; sessionId: string; questionId: string }[][] = [];
  for (const u of users) {
    const q: (typeof queues)[number] = [];
    for (let s = 0; s < 40; s++) {
      const picked = [...questionIds].sort(() => rnd() - 0.5).slice(0, QUESTIONS);
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
        data: picked.map((questionId, position) => ({
          sessionId: row.id,
          userId: u.user.id,
          questionId,
          position,
          ...(position === 0 ? { shownAt: now, deadline: deadlineFor(now, 600) } : {}),
        })),
      });
      for (const questionId of picked) q.push({ u, sessionId: row.id, questionId });
    }
    queues.push(q);
  }
  await db.$disconnect();
  const server = await startServer(bench.url);
  try {
    const health: number[] = [];
    const poll = async (stop: number, into: number[]) => {
      while (Date.now() < stop) {
        const t = performance.now();
        await (await fetch(`${server.baseUrl}/api/health`)).text();
        into.push(performance.now() - t);
        await new Promise((r) => setTimeout(r, 20));
      }
    };
    // The floor: health alone on the same server and machine (other work on a shared machine shows here too).
    const idle: number[] = [];
    await poll(Date.now() + 5_000, idle);
    let answered = 0;
    let errors = 0;
    let firstError = "";
    let k = 0;
    let until = 0;
    const client = async (q: (typeof queues)[number]) => {
      while (Date.now() < until && q.length) {
        const next = q.shift()!;
        const answer = `${typed[k++ % typed.length]} (${crypto.randomUUID().slice(0, 6)})`;
        const res = await fetch(`${server.baseUrl}/api/interviews/${next.sessionId}/answers`, {
          method: "POST",
          headers: { authorization: `Bearer ${next.u.token}`, "content-type": "application/json" },
          body: JSON.stringify({ questionId: next.questionId, answer, idempotencyKey: crypto.randomUUID() }),
        });
        const text = await res.text();
        if (res.status === 201) answered++;
        else if (errors++ === 0) firstError = `HTTP ${res.status}: ${text.slice(0, 200)}`;
      }
    };
    until = Date.now() + SECONDS * 1000;
    const started = performance.now();
    await Promise.all([...queues.map(client), poll(until, health)]);
    const secs = (performance.now() - started) / 1000;
    console.log(
      `GET /api/health while ${CLIENTS} clients POST typed answers for ${SECONDS} s (next start, SQLite) — ${execSync(
        "uptime",
      )
        .toString()
        .trim()
        .replace(/.*load average/, "load average")}`,
    );
    console.log(
      formatTable(
        ["health p50 ms", "health p99 ms", "health max ms", "polls", "answers/s", "errors", "idle health p50 / p99 ms"],
        [
          [
            fmt(percentile(health, 50)),
            fmt(percentile(health, 99)),
            fmt(Math.max(...health)),
            String(health.length),
            fmt(answered / secs, 1),
            String(errors),
            `${fmt(percentile(idle, 50))} / ${fmt(percentile(idle, 99))}`,
          ],
        ],
      ),
    );
    if (firstError) console.log(`first error: ${firstError}`);
  } finally {
    await server.stop();
  }
} finally {
  await bench.drop();
}
