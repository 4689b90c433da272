// Sign-in timing for known and unknown e-mails: the password check must cost
// the same whether or not the account exists (README, Security model). Runs
// the real authorizeCredentials (throttle claims, user lookup, argon2) on a
// fresh SQLite database, interleaving the cases so drift hits all alike.
import { performance } from "node:perf_hooks";
import { authorizeCredentials } from "@/lib/auth/authorize-credentials";
import { createDb } from "@/lib/db/client";
import { createUser } from "@/lib/users/create-user";
import { ZSignUp } from "@/lib/users/schemas";
import { createBenchDatabase } from "./lib/bench-db";
import { fmt, formatTable, percentile } from "./lib/bench-table";

const ROUNDS = Number(process.env.ROUNDS ?? 150);
const PASSWORD = "bench password 0123";
// Limits out of reach: this measures the check, not the throttle.
const limits = { perEmail: 1e9, perIp: 1e9, windowMs: 60_000 };

const database = await createBenchDatabase("sqlite", "sign-in");
if (!database) throw new Error("no database");
const db = createDb(database.url);
await createUser(db, ZSignUp.parse({ name: "Bench", email: "known@example.com", password: PASSWORD, timezone: "UTC" }));

const cases = {
  "known e-mail, wrong password": { email: "known@example.com", password: "not the password" },
  "unknown e-mail": { email: "nobody@example.com", password: "not the password" },
  "known e-mail, right password": { email: "known@example.com", password: PASSWORD },
} as const;
const samples: Record<string, number[]> = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));

// Warm-up: the dummy hash is made once per process, the first argon2 call loads its pool.
for (const c of Object.values(cases)) await authorizeCredentials(db, c, "warm", limits, new Date());
for (let i = 0; i < ROUNDS; i++) {
  for (const [name, c] of Object.entries(cases)) {
    const t = performance.now();
    await authorizeCredentials(db, c, `10.${i >> 8}.${i & 255}.1`, limits, new Date());
    samples[name]!.push(performance.now() - t);
  }
}

const rows = Object.entries(samples).map(([name, s]) => [
  name,
  String(s.length),
  fmt(percentile(s, 50)),
  fmt(percentile(s, 90)),
  fmt(percentile(s, 99)),
]);
console.log(`\nauthorizeCredentials on SQLite, ${ROUNDS} rounds, cases interleaved (ms)\n`);
console.log(formatTable(["case", "n", "p50", "p90", "p99"], rows));
const known = percentile(samples["known e-mail, wrong password"]!, 50);
const unknown = percentile(samples["unknown e-mail"]!, 50);
console.log(`\nunknown − known p50: ${fmt(unknown - known, 2)} ms (${fmt((100 * (unknown - known)) / known, 1)} %)`);
await db.$disconnect();
await database.drop();
