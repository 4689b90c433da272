// `npm run bench:decks [-- --only upload,anki,queue --provider sqlite|postgresql]`
// Decks (README "Decks"), three tables:
// 1. POST-equivalent upload of 50 chapters into a deck (uploadChapters: parse, check, one transaction);
// 2. Anki import of a generated 20,000-card / 200,000-review collection (time and peak RSS);
// 3. getQueue for a user with 20 decks and 100,000 cards (all decks, and one deck) beside
//    the single-course figure of bench:reviews (100,000 cards in the course deck).
// Everything runs in temp databases.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { createDb } from "@/lib/db/client";
import type { TDb } from "@/lib/db/client";
import type { TProvider } from "@/lib/db/provider";
import { createDeck } from "@/lib/decks/create-deck";
import { uploadChapters } from "@/lib/decks/upload-chapters";
import { importAnki } from "@/lib/anki/import-anki";
import { getQueue, type TQueueUser } from "@/lib/review/get-queue";
import { createBenchDatabase } from "./lib/bench-db";
import { seedHeavyUser } from "./lib/bench-queue";
import { seedDeckUser } from "./lib/bench-deck-seed";
import { fmt, formatTable, percentile } from "./lib/bench-table";
import { deckChapter } from "@/tests/support/deck-chapter";
import { buildApkg, type TFixtureNote, type TFixtureReview } from "@/tests/support/anki-fixture";

const log = (msg: string) => process.stderr.write(`${msg}\n`);
const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(" ");

async function withDb<T>(provider: TProvider, tag: string, run: (db: TDb) => Promise<T>): Promise<T | null> {
  const bench = await createBenchDatabase(provider, tag);
  if (!bench) return null;
  const db = createDb(bench.url);
  try {
    return await run(db);
  } finally {
    await db.$disconnect();
    await bench.drop();
  }
}

async function makeUser(db: TDb) {
  return db.user.create({ data: { email: `deck-bench-${process.pid}-${Math.random()}@example.com`, name: "Bench" } });
}

async function benchUpload(provider: TProvider) {
  return withDb(provider, "upload", async (db) => {
    const user = await makeUser(db);
    const deck = await createDeck(db, user.id, "Fifty chapters");
    const recall = (n: number) => Array.from({ length: 6 }, (_, i) => `What does point ${i} of chapter ${n} say?`);
    const pairs = (n: number) =>
      Array.from({ length: 4 }, (_, i) => ({
        q: `Why is rule ${i} of chapter ${n} there?`,
        a: `Because of reason ${i}.`,
        wrong: "No reason.",
      }));
    const files = Array.from({ length: 50 }, (_, i) => ({
      name: `${String(i + 1).padStart(2, "0")}-chapter.md`,
      text: deckChapter(i + 1, { recall: recall(i + 1), pairs: pairs(i + 1) }),
    }));
    const bytes = files.reduce((n, f) => n + f.text.length, 0);
    const t0 = performance.now();
    const first = await uploadChapters(db, user.id, deck.id, files);
    const firstMs = performance.now() - t0;
    const t1 = performance.now();
    const again = await uploadChapters(db, user.id, deck.id, files);
    const againMs = performance.now() - t1;
    if (!first.ok || !again.ok) throw new Error(JSON.stringify(first));
    return [
      [provider, "50", `${Math.round(bytes / 1024)} KB`, String(first.created), fmt(firstMs, 0), fmt(againMs, 0)],
    ];
  });
}

function generatedCollection(cards: number, reviewsPerCard: number) {
  const notes: TFixtureNote[] = Array.from({ length: cards }, (_, i) => ({
    kind: "basic",
    deck: 1 + Math.floor(i / 5_000),
    fields: [`Question <b>${i}</b>: what is item ${i}?`, `Item ${i} is <i>this</i> &amp; that.`],
    tags: `t${i % 7}`,
  }));
  const day = 86_400_000;
  const start = Date.UTC(2023, 0, 1);
  const reviews: TFixtureReview[] = [];
  for (let n = 0; n < cards; n++) {
    let at = start + (n % 365) * day;
    for (let k = 0; k < reviewsPerCard; k++) {
      reviews.push({ note: n, at, ease: k % 9 === 8 ? 1 : 3 });
      at += (k < 2 ? 0.01 : 2 ** Math.min(k - 1, 6)) * day;
    }
  }
  const decks = Object.fromEntries(
    Array.from({ length: Math.ceil(cards / 5_000) }, (_, i) => [i + 1, `Imported::Part ${i + 1}`]),
  );
  return buildApkg({ decks, notes, reviews });
}

// The import runs in a child process of its own, so its peak RSS (getrusage's maxrss) is the
// import's alone, not the generator's; CPU seconds are reported beside wall time because
// the machine is shared (wall time grows with the load average, CPU time much less).
async function benchAnki(provider: TProvider, file: string) {
  const out = execFileSync(
    process.execPath,
    ["--import", "tsx", import.meta.filename, "--import-only", file, "--provider", provider],
    { encoding: "utf8", maxBuffer: 1 << 20 },
  );
  const r = JSON.parse(out.trim().split("\n").at(-1)!) as {
    cards: number;
    reviews: number;
    seconds: number;
    cpu: number;
    maxRssMb: number;
  } | null;
  const size = `${(fs.statSync(file).size / 1048576).toFixed(1)} MB`;
  return r
    ? [[provider, size, String(r.cards), String(r.reviews), fmt(r.seconds, 1), fmt(r.cpu, 1), `${r.maxRssMb} MB`]]
    : null;
}

async function importOnly(file: string, provider: TProvider) {
  const apkg = new Uint8Array(fs.readFileSync(file));
  const r = await withDb(provider, "anki", async (db) => {
    const user = await makeUser(db);
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const res = await importAnki(db, user.id, apkg, new Date());
    const c = process.cpuUsage(c0);
    return {
      cards: res.cards,
      reviews: res.reviews,
      seconds: (performance.now() - t0) / 1000,
      cpu: (c.user + c.system) / 1e6,
      maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    };
  });
  console.log(JSON.stringify(r));
}

async function timed(db: TDb, user: TQueueUser, now: Date, deckId?: string, runs = 40) {
  for (let i = 0; i < 5; i++) await getQueue(db, user, now, deckId ? { deckId } : {});
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await getQueue(db, user, now, deckId ? { deckId } : {});
    ms.push(performance.now() - t0);
  }
  return [fmt(percentile(ms, 50), 1), fmt(percentile(ms, 95), 1)];
}

async function benchQueue(provider: TProvider) {
  const now = new Date();
  const decks = await withDb(provider, "deckq", async (db) => {
    const { user, deckIds } = await seedDeckUser(db, 20, 5_000, now);
    if (provider === "postgresql") await db.$executeRawUnsafe("ANALYZE");
    return [
      [provider, "20 decks × 5,000", "all decks", ...(await timed(db, user, now))],
      [provider, "20 decks × 5,000", "one deck", ...(await timed(db, user, now, deckIds[7]))],
    ];
  });
  const course = await withDb(provider, "courseq", async (db) => {
    const user = await seedHeavyUser(db, 100_000, now);
    if (provider === "postgresql") await db.$executeRawUnsafe("ANALYZE");
    return [[provider, "course deck, 100,000", "all (today's figure)", ...(await timed(db, user, now))]];
  });
  return [...(decks ?? []), ...(course ?? [])];
}

async function main() {
  const { values } = parseArgs({
    options: {
      only: { type: "string", default: "upload,anki,queue" },
      provider: { type: "string" },
      "import-only": { type: "string" },
    },
  });
  if (values["import-only"]) return importOnly(values["import-only"], (values.provider ?? "sqlite") as TProvider);
  const only = new Set(values.only.split(","));
  const providers: TProvider[] = values.provider ? [values.provider as TProvider] : ["sqlite", "postgresql"];
  const out: string[] = [];
  if (only.has("upload")) {
    const rows = (await Promise.all(providers.map((p) => benchUpload(p)))).flatMap((r) => r ?? []);
    out.push(
      `Upload of 50 chapters (6 recall + 4 interview questions each) into one deck; load ${load()}`,
      formatTable(["provider", "files", "size", "created", "first ms", "re-upload ms"], rows),
    );
  }
  if (only.has("anki")) {
    log("generating the 20,000-card / 200,000-review collection …");
    const file = path.join(os.tmpdir(), `deckhand-bench-${process.pid}.apkg`);
    fs.writeFileSync(file, generatedCollection(20_000, 10));
    const rows = [];
    try {
      for (const p of providers) rows.push(...((await benchAnki(p, file)) ?? []));
    } finally {
      fs.rmSync(file, { force: true });
    }
    out.push(
      `Anki import of a generated collection (4 decks, basic notes with HTML); load ${load()}`,
      formatTable(["provider", ".apkg", "cards", "reviews", "wall s", "CPU s", "peak RSS"], rows),
    );
  }
  if (only.has("queue")) {
    const rows = [];
    for (const p of providers) {
      log(`[${p}] seeding queue users …`);
      rows.push(...(await benchQueue(p)));
    }
    out.push(
      `getQueue, 40 timed runs after 5 warm-ups (ms); load ${load()}`,
      formatTable(["provider", "cards", "queue", "median", "p95"], rows),
    );
  }
  console.log(`\nmachine: ${os.cpus().length} cores, load average ${load()} (1/5/15 min) at the end\n`);
  console.log(out.join("\n\n"));
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) await main();
