// "Optimize my schedule": fit FSRS weights to one user's own review logs and
// keep them only if they predict those reviews better than the current ones.
//
// Event loop: computeParameters is a napi AsyncTask, so training runs on a
// libuv pool thread, not the main thread (measured: 1–5 ms timers keep firing
// throughout training; only handing the items over blocks, ~2 ms per 1,000).
// The rest is cut into short slices: logs read in pages, native items made in
// chunks, and two synchronous evaluations (~2 ms per 1,000 items each). So no
// worker thread; scripts/bench-optimizer.ts measures the longest stall.
import { computeParameters } from "@open-spaced-repetition/binding";
import type { TDb } from "@/lib/db/client";
import { parseSteps } from "@/lib/review/scheduler";
import { buildFsrsItems } from "./build-fsrs-items";
import { MIN_REVIEWS } from "./constants";
import { currentWeights, evaluateWeights, toBindingItems, type TMetrics } from "./evaluate-weights";
import { owned } from "@/lib/db/owned";

// MIN_REVIEWS (400, why: see constants.ts) is ours to enforce: the binding
// refuses nothing, it silently returns the default weights below 8 items.
export { MIN_REVIEWS };
/** Below 64 items (reviews on a later day) fsrs-rs fits only the 4 initial stabilities; require a real fit. */
export const MIN_ITEMS = 64;

export type TOptimizeResult =
  | {
      ok: true;
      reviewCount: number;
      items: number;
      before: TMetrics;
      after: TMetrics;
      weights: number[];
      saved: boolean;
    }
  | {
      ok: false;
      reason: "not-enough-reviews";
      reviewCount: number;
      needed: number;
      items?: number;
      neededItems?: number;
    };

export type TOptimizeOptions = { now?: Date; onProgress?: (done: number, total: number) => void };

export function optimizeUserWeights(db: TDb, userId: string, opts: TOptimizeOptions = {}): Promise<TOptimizeResult> {
  return oneAtATime(() => optimize(db, userId, opts));
}

async function optimize(
  db: TDb,
  userId: string,
  { now = new Date(), onProgress }: TOptimizeOptions,
): Promise<TOptimizeResult> {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { timezone: true, dayStartHour: true, fsrsWeights: true, relearningSteps: true },
  });
  const reviewCount = await owned(db, userId).reviewLog.count({ where: USABLE_LOGS });
  if (reviewCount < MIN_REVIEWS) return { ok: false, reason: "not-enough-reviews", reviewCount, needed: MIN_REVIEWS };

  const plain = buildFsrsItems(await readUsableLogs(db, userId), user);
  if (plain.length < MIN_ITEMS) {
    return {
      ok: false,
      reason: "not-enough-reviews",
      reviewCount,
      needed: MIN_REVIEWS,
      items: plain.length,
      neededItems: MIN_ITEMS,
    };
  }
  const items = await toBindingItems(plain);
  const numRelearningSteps = parseSteps(user.relearningSteps).length;
  const current = currentWeights(user.fsrsWeights, numRelearningSteps);
  const before = evaluateWeights(items, current);
  const fitted = await computeParameters(items, {
    enableShortTerm: true, // the app schedules same-day learning steps
    numRelearningSteps,
    ...(onProgress ? { progress: (done: number, total: number) => void onProgress(done, total) } : {}),
  });
  // Stored at Anki's precision; evaluated as stored.
  const weights = fitted.map((w) => Math.round(w * 1e4) / 1e4);
  const after = evaluateWeights(items, weights);

  let saved = false;
  if (after.logLoss < before.logLoss) {
    // Only over the weights we measured against: a reset or another run meanwhile wins.
    const r = await db.user.updateMany({
      where: { id: userId, fsrsWeights: user.fsrsWeights },
      data: { fsrsWeights: JSON.stringify(weights), optimizedAt: now },
    });
    saved = r.count === 1;
  }
  return { ok: true, reviewCount, items: plain.length, before, after, weights, saved };
}

/** Only this user's logs, and only real answers (see isUsableLog). */
const USABLE_LOGS = { undone: false, rating: { gte: 1, lte: 4 } };

/**
 * The user's usable logs in time order, in pages with a yield between them:
 * with SQLite a query runs on the main thread, and 10,000 rows in one go held
 * it for ~200 ms. Keyset on review time, so each page is an index range
 * (Prisma's cursor option re-scans the user's rows from the start on SQLite);
 * a page starts at the previous page's last timestamp and skips the rows
 * already read at exactly that time.
 */
export async function readUsableLogs(db: TDb, userId: string, pageSize = 1_000) {
  const logs: { id: string; cardId: string; rating: number; state: number; review: Date }[] = [];
  let from: Date | undefined;
  let seen = new Set<string>();
  for (;;) {
    const take = pageSize + seen.size;
    const page = await owned(db, userId).reviewLog.findMany({
      where: { ...USABLE_LOGS, ...(from ? { review: { gte: from } } : {}) },
      orderBy: [{ review: "asc" }, { id: "asc" }],
      take,
      select: { id: true, cardId: true, rating: true, state: true, review: true },
    });
    for (const l of page) if (!seen.has(l.id)) logs.push(l);
    if (page.length < take) return logs;
    const last = page[page.length - 1]!.review;
    const tied = page.filter((l) => l.review.getTime() === last.getTime()).map((l) => l.id);
    seen = new Set(from?.getTime() === last.getTime() ? [...seen, ...tied] : tied);
    from = last;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

// One optimization per process at a time: each holds a libuv pool thread
// (4 by default) for its whole run, and that pool also serves argon2
// sign-ins and file I/O.
let tail: Promise<unknown> = Promise.resolve();
function oneAtATime<T>(run: () => Promise<T>): Promise<T> {
  const result = tail.then(run);
  tail = result.catch(() => undefined);
  return result;
}
