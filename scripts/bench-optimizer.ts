// `npm run bench:optimizer [-- --reviews 10000 --cards 1000 --seed 1]`: how long
// "Optimize my schedule" takes for a heavy user, how much it improves the fit,
// and whether the server stays responsive meanwhile. Simulates a learner whose
// memory follows hidden "true" FSRS weights while the app schedules them with
// the defaults, stores that history in a temp SQLite database, then times
// optimizeUserWeights three times (cold, then warm) and computeParameters
// alone, with the event-loop delay monitor running.
// Also exports the simulator and seeder for tests/db/optimize-user.test.ts.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { computeParameters } from "@open-spaced-repetition/binding";
import {
  createEmptyCard,
  default_w,
  forgetting_curve,
  fsrs,
  generatorParameters,
  type Card,
  type Grade,
  type ReviewLog,
} from "ts-fsrs";
import { createDb, type TDb } from "@/lib/db/client";
import { fromFsrsCard, logColumns } from "@/lib/review/scheduler";
import { buildFsrsItems } from "@/lib/review/optimizer/build-fsrs-items";
import { evaluateWeights, toBindingItems } from "@/lib/review/optimizer/evaluate-weights";
import { optimizeUserWeights } from "@/lib/review/optimizer/optimize-user";

const DAY = 86_400_000;
/** The learner's real memory: forgets new cards faster and gains less per review than the defaults assume. */
export const TRUE_WEIGHTS = default_w.map((w, i) => (i < 4 ? w * [0.5, 0.6, 0.7, 0.8][i]! : i === 8 ? w * 0.85 : w));

export type TSimOptions = { cards: number; reviews: number; seed: number; start: Date; newPerDay?: number };
/** Each review with the card state it left (ReviewLog rows store both). */
export type TSimulation = { logs: { card: number; log: ReviewLog; next: Card }[]; cards: Card[] };

/** Deterministic for a given seed. Recall is drawn from the true retrievability at the real (fractional) elapsed time. */
export function simulateReviews({ cards, reviews, seed, start, newPerDay = 10 }: TSimOptions): TSimulation {
  const rnd = mulberry32(seed);
  const app = fsrs(generatorParameters({ enable_fuzz: true, enable_short_term: true }));
  const truth = fsrs(generatorParameters({ w: TRUE_WEIGHTS, enable_fuzz: false, enable_short_term: true }));
  const shown = Array.from({ length: cards }, (_, c) =>
    createEmptyCard(new Date(start.getTime() + Math.floor(c / newPerDay) * DAY)),
  );
  const memory = shown.map((c) => ({ ...c }));
  const nextAt = shown.map((_, c) => start.getTime() + Math.floor(c / newPerDay) * DAY + (c % newPerDay) * 120_000);
  const logs: TSimulation["logs"] = [];
  while (logs.length < reviews) {
    let c = 0;
    for (let i = 1; i < cards; i++) if (nextAt[i]! < nextAt[c]!) c = i;
    const now = new Date(nextAt[c]!);
    const m = memory[c]!;
    const recalled =
      m.state === 0
        ? rnd() > 0.25
        : rnd() < forgetting_curve(TRUE_WEIGHTS, (now.getTime() - m.last_review!.getTime()) / DAY, m.stability);
    const grade: Grade = !recalled ? 1 : ([2, 3, 3, 3, 3, 3, 3, 3, 4][Math.floor(rnd() * 9)] as Grade);
    const next = app.next(shown[c]!, now, grade);
    memory[c] = truth.next(m, now, grade).card;
    shown[c] = next.card;
    logs.push({ card: c, log: next.log, next: next.card });
    nextAt[c] = nextReviewTime(next.card.due.getTime(), now.getTime(), rnd);
  }
  return { logs, cards: shown };
}

/** Learning steps are done within minutes; due days anywhere in the next 10 h, and now and then days late. */
function nextReviewTime(due: number, now: number, rnd: () => number): number {
  if (due - now < DAY / 2) return due + rnd() * 180_000;
  return due + rnd() * 10 * 3_600_000 + (rnd() < 0.1 ? Math.ceil(rnd() * 7) * DAY : 0);
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A user with their own lesson, questions, cards and the simulated review history. */
export async function seedSyntheticUser(db: TDb, email: string, sim: TSimulation): Promise<string> {
  const prefix = email.replace(/[^a-z0-9]/gi, "-");
  const user = await db.user.create({ data: { email, name: prefix } });
  const lesson = await db.lesson.create({
    data: {
      slug: prefix,
      number: 900,
      title: "Synthetic",
      tagline: "",
      minutes: 1,
      level: "intro",
      eli5: "",
      body: "{}",
      sourceFile: "",
      contentHash: "",
    },
  });
  const ids = sim.cards.map((_, i) => `${prefix}-${i}`);
  await db.question.createMany({
    data: ids.map((id, i) => ({
      id,
      key: id,
      lessonId: lesson.id,
      kind: "recall",
      prompt: "?",
      modelAnswer: "!",
      position: i,
      contentHash: "",
    })),
  });
  await db.card.createMany({
    data: sim.cards.map((c, i) => ({ id: ids[i]!, userId: user.id, questionId: ids[i]!, ...fromFsrsCard(c) })),
  });
  const rows = sim.logs.map(({ card, log, next }, i) => ({
    userId: user.id,
    cardId: ids[card]!,
    idempotencyKey: `sim-${i}`,
    ...logColumns(log),
    nextDue: next.due,
    nextState: next.state,
  }));
  for (let i = 0; i < rows.length; i += 2_000) await db.reviewLog.createMany({ data: rows.slice(i, i + 2_000) });
  return user.id;
}

async function main() {
  const { values } = parseArgs({
    options: {
      reviews: { type: "string", default: "10000" },
      cards: { type: "string", default: "1000" },
      seed: { type: "string", default: "1" },
    },
  });
  const [reviews, cards, seed] = [Number(values.reviews), Number(values.cards), Number(values.seed)];
  const { deploy } = await import("@/scripts/db/migrate");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "deckhand-bench-opt-"));
  const url = `file:${path.join(dir, "bench.db")}`;
  await deploy(url);
  const db = createDb(url);
  try {
    const { userId, items } = await prepare(db, { cards, reviews, seed, start: new Date("2025-01-06T08:00:00Z") });
    // Three times: the first run pays one-off costs (JIT, Prisma's first queries); later ones start from the saved weights.
    const runs = [];
    for (let i = 0; i < 3; i++) runs.push(await withLoopMonitor(() => optimizeUserWeights(db, userId)));
    const training = await withLoopMonitor(() =>
      computeParameters(items, { enableShortTerm: true, numRelearningSteps: 1 }),
    );
    const truth = evaluateWeights(items, TRUE_WEIGHTS);
    const pct = (x: number) => `${(x * 100).toFixed(2)}%`;
    console.log(
      table(
        [
          "run",
          "reviews",
          "items",
          "seconds",
          "log loss before",
          "log loss after",
          "RMSE before",
          "RMSE after",
          "saved",
          "loop delay max ms",
          "loop delay p99 ms",
        ],
        runs.map(({ result: r, seconds, maxMs, p99Ms }, i) => {
          if (!r.ok) throw new Error(`not optimized: ${JSON.stringify(r)}`);
          return [
            i === 0 ? "1 (cold)" : String(i + 1),
            r.reviewCount,
            r.items,
            seconds,
            r.before.logLoss.toFixed(4),
            r.after.logLoss.toFixed(4),
            pct(r.before.rmse),
            pct(r.after.rmse),
            r.saved ? "yes" : "no",
            maxMs,
            p99Ms,
          ].map(String);
        }),
      ),
    );
    console.log(
      `\ncomputeParameters alone on the same items: ${training.seconds} s, loop delay max ${training.maxMs} ms, p99 ${training.p99Ms} ms`,
    );
    console.log(`hidden true weights on the same items: log loss ${truth.logLoss.toFixed(4)}, RMSE ${pct(truth.rmse)}`);
    console.log(
      `load average (1 min) ${os.loadavg()[0]!.toFixed(1)} on ${os.availableParallelism()} CPUs: delays include waiting for a CPU`,
    );
  } finally {
    await db.$disconnect();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Stores a simulated user; returns their items for reference runs. The simulation itself is dropped, as a server would not hold it. */
async function prepare(db: TDb, opts: TSimOptions) {
  console.error(`simulating ${opts.reviews} reviews of ${opts.cards} cards and storing them (takes a while)…`);
  const sim = simulateReviews(opts);
  const userId = await seedSyntheticUser(db, "bench@example.com", sim);
  const logs = sim.logs.map(({ card, log }) => ({
    cardId: String(card),
    rating: log.rating,
    state: log.state,
    review: log.review,
  }));
  return { userId, items: await toBindingItems(buildFsrsItems(logs, { timezone: "UTC", dayStartHour: 4 })) };
}

/** Runs `fn` with the event-loop delay histogram on: a gap between 5 ms ticks, minus 5 ms, is how long a request would have waited. */
async function withLoopMonitor<T>(fn: () => Promise<T>) {
  const h = monitorEventLoopDelay({ resolution: 5 });
  const sleep = () => new Promise((resolve) => setTimeout(resolve, 20));
  h.enable();
  await sleep();
  const t0 = performance.now();
  const result = await fn();
  const seconds = ((performance.now() - t0) / 1000).toFixed(2);
  await sleep();
  h.disable();
  const ms = (ns: number) => Math.max(0, ns / 1e6 - 5).toFixed(1);
  return { result, seconds, maxMs: ms(h.max), p99Ms: ms(h.percentile(99)) };
}

function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padStart(widths[i]!)).join("  ");
  return [line(head), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) await main();
