// `npm run bench:cluster [-- --clients 50 --duration 60 --phase 10]`: two
// `npm start` instances of the bench build on one PostgreSQL database.
// 1. POST /api/reviews at `clients` for `phase` s on one instance, then across
//    both (and GET /api/health on one, the floor);
// 2. the soak: `clients` for `duration` s across both; a third of the way in,
//    one instance's whole process tree is killed with SIGKILL, and restarted on
//    its port a sixth later. A request that fails on the network is retried
//    with the same idempotency key on the other instance. At the end every
//    acknowledged review must exist exactly once, with the log id it was
//    acknowledged with. Prints reviews/s, p50/p99 and errors by kind.
import crypto from "node:crypto";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { createDb } from "@/lib/db/client";
import { createBenchDatabase, createBenchUsers, importCourse, type TBenchUser } from "./lib/bench-db";
import { BENCH_DIST, buildForBench, buildNeeded, freePort } from "./lib/bench-server";
import { startApp, type TApp } from "./lib/start-app";
import { fmt, formatTable, percentile } from "./lib/bench-table";

const log = (m: string) => process.stderr.write(`${m}\n`);
const AUTH_SECRET = "bench-secret-0123456789abcdef0123456789abcdef";
type TStats = {
  ok: number;
  latencies: number[];
  errors: Map<string, number>;
  acked: Map<string, { userId: string; logId: string }>;
};
const newStats = (): TStats => ({ ok: 0, latencies: [], errors: new Map(), acked: new Map() });
const kindOf = (e: unknown) => {
  const c = (e as { cause?: { code?: string; name?: string } }).cause;
  return `network ${c?.code ?? c?.name ?? (e as Error).name}`;
};

/** One client's loop: reviews as user `u`, to `pick()`'s instance; on a network failure the same request goes to the other one. */
async function client(u: TBenchUser, urls: () => string[], until: () => boolean, s: TStats, first: number) {
  let turn = first;
  while (!until()) {
    const key = crypto.randomUUID();
    const body = JSON.stringify({
      cardId: u.cardIds[Math.floor(Math.random() * u.cardIds.length)],
      rating: 1 + Math.floor(Math.random() * 4),
      idempotencyKey: key,
    });
    const t0 = performance.now();
    for (let attempt = 0; attempt < 4; attempt++) {
      const list = urls();
      const base = list[turn++ % list.length]!;
      try {
        const res = await fetch(`${base}/api/reviews`, {
          method: "POST",
          body,
          headers: { authorization: `Bearer ${u.token}`, "content-type": "application/json" },
        });
        const text = await res.text();
        if (res.ok) {
          s.ok++;
          s.latencies.push(performance.now() - t0);
          s.acked.set(key, { userId: u.user.id, logId: (JSON.parse(text) as { logId: string }).logId });
        } else s.errors.set(`HTTP ${res.status}`, (s.errors.get(`HTTP ${res.status}`) ?? 0) + 1);
        break;
      } catch (e) {
        s.errors.set(kindOf(e), (s.errors.get(kindOf(e)) ?? 0) + 1);
        await new Promise((r) => setTimeout(r, 50));
      }
    }
  }
}

async function drive(users: TBenchUser[], urls: () => string[], ms: number, s = newStats()) {
  const end = Date.now() + ms;
  await Promise.all(users.map((u, i) => client(u, urls, () => Date.now() >= end, s, i)));
  return s;
}

async function floor(url: string, clients: number, ms: number) {
  const end = Date.now() + ms;
  const lat: number[] = [];
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (Date.now() < end) {
        const t0 = performance.now();
        await (await fetch(`${url}/api/health`)).text();
        lat.push(performance.now() - t0);
      }
    }),
  );
  return { perSecond: lat.length / (ms / 1000), p50: percentile(lat, 50), p99: percentile(lat, 99) };
}

const row = (label: string, s: TStats, ms: number) => [
  label,
  fmt(s.ok / (ms / 1000), 0),
  fmt(percentile(s.latencies, 50)),
  fmt(percentile(s.latencies, 99)),
  [...s.errors].map(([k, v]) => `${k}: ${v}`).join(", ") || "none",
];

async function main() {
  const { values } = parseArgs({
    options: {
      clients: { type: "string", default: "50" },
      duration: { type: "string", default: "60" },
      phase: { type: "string", default: "10" },
    },
  });
  const clients = Number(values.clients),
    soakMs = Number(values.duration) * 1000,
    phaseMs = Number(values.phase) * 1000;
  const why = buildNeeded();
  if (why) {
    log(`building ${BENCH_DIST} (${why}) …`);
    buildForBench();
  }
  const bench = await createBenchDatabase("postgresql", "cluster");
  if (!bench) throw new Error("bench:cluster needs PostgreSQL (PG_ADMIN_URL)");
  const db = createDb(bench.url);
  const apps: (TApp | null)[] = [null, null];
  try {
    await importCourse(db);
    const users = await createBenchUsers(db, clients);
    const ports = [await freePort(), await freePort()];
    const env = {
      DATABASE_URL: bench.url,
      AUTH_SECRET,
      LOG_LEVEL: "warn",
      PG_POOL_MAX: process.env.PG_POOL_MAX ?? "10",
      DRAIN_DELAY_MS: "0",
    };
    const start = (i: number) => startApp({ distDir: BENCH_DIST, via: "npm", port: ports[i]!, env });
    [apps[0], apps[1]] = await Promise.all([start(0), start(1)]);
    const live = () => apps.filter((a): a is TApp => a !== null).map((a) => a.baseUrl);
    await drive(users, live, 2000); // warm-up: routes loaded, tokens stamped
    log("one instance …");
    const one = await drive(users, () => [apps[0]!.baseUrl], phaseMs);
    log("two instances …");
    const two = await drive(users, live, phaseMs);
    const fl = await floor(apps[0]!.baseUrl, clients, phaseMs);

    log(
      `soak: ${clients} clients, ${soakMs / 1000} s, kill -9 at ${Math.round(soakMs / 3000)} s, restart at ${Math.round(soakMs / 2000)} s …`,
    );
    const soak = newStats();
    const run = drive(users, live, soakMs, soak);
    await new Promise((r) => setTimeout(r, soakMs / 3));
    const victim = apps[1]!;
    apps[1] = null;
    process.kill(-victim.pid, "SIGKILL");
    await victim.exited;
    log("killed instance B");
    await new Promise((r) => setTimeout(r, soakMs / 6));
    const t0 = performance.now();
    apps[1] = await start(1);
    log(`restarted instance B (ready in ${fmt((performance.now() - t0) / 1000)} s)`);
    await run;

    // Every acknowledged review, exactly once, with the log id it was acknowledged with.
    const acked = [one, two, soak].flatMap((s) => [...s.acked]);
    let missing = 0,
      duplicated = 0,
      wrongId = 0;
    for (let i = 0; i < acked.length; i += 500) {
      const chunk = acked.slice(i, i + 500);
      const rows = await db.reviewLog.findMany({
        where: { idempotencyKey: { in: chunk.map(([k]) => k) } },
        select: { id: true, idempotencyKey: true, userId: true },
      });
      const byKey = new Map<string, typeof rows>();
      for (const r of rows) byKey.set(r.idempotencyKey, [...(byKey.get(r.idempotencyKey) ?? []), r]);
      for (const [k, v] of chunk) {
        const found = (byKey.get(k) ?? []).filter((r) => r.userId === v.userId);
        if (found.length === 0) missing++;
        else if (found.length > 1) duplicated++;
        else if (found[0]!.id !== v.logId) wrongId++;
      }
    }
    const load = os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(" ");
    console.log(
      `\nbench:cluster — two npm start instances, one PostgreSQL database; ${clients} clients (one user and token each); load average ${load}`,
    );
    console.log(
      formatTable(
        ["row", "reviews/s", "p50 ms", "p99 ms", "errors by kind"],
        [
          row(`1 instance, ${phaseMs / 1000} s`, one, phaseMs),
          row(`2 instances, ${phaseMs / 1000} s`, two, phaseMs),
          [`floor: GET /api/health, 1 instance`, fmt(fl.perSecond, 0), fmt(fl.p50), fmt(fl.p99), "–"],
          row(`soak ${soakMs / 1000} s, kill -9 + restart`, soak, soakMs),
        ],
      ),
    );
    console.log(
      `\nacknowledged reviews: ${acked.length}; missing ${missing}, stored twice ${duplicated}, other log id ${wrongId} → ${missing + duplicated + wrongId === 0 ? "every acknowledged review exists exactly once" : "FAILED"}`,
    );
    if (missing + duplicated + wrongId > 0) process.exitCode = 1;
  } finally {
    await Promise.all(apps.map((a) => a?.stop()));
    await db.$disconnect();
    await bench.drop();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) await main();
