// "Optimize my schedule": fit FSRS weights to one user's own review logs and
// keep them only if they predict those reviews better than the current ones.
//
// Event loop: computeParameters is a napi AsyncTask, so training runs on a
// libuv thread-pool thread, not on the main thread (measured: 5 ms timer
// ticks keep firing on time throughout training). What stays on the main
// thread is short: building items, marshalling them (~4 ms per 10,000 items)
// and two evaluations (~10 ms per 5,000 items). Hence no worker thread.
import { computeParameters } from "@open-spaced-repetition/binding";
import type { TDb } from "@/lib/db/client";
import { parseSteps } from "@/lib/review/scheduler";
import { buildFsrsItems } from "./build-fsrs-items";
import { currentWeights, evaluateWeights, toBindingItems, type TMetrics } from "./evaluate-weights";

/**
 * Usable reviews (not undone, rated 1–4) needed before we optimize: Anki's
 * threshold since 24.04 (1,000 before), which the FSRS authors chose because
 * fewer reviews give parameters noisier than the defaults. The binding does
 * not refuse less: it silently returns the defaults below 8 items.
 */
export const MIN_REVIEWS = 400;
/** Below 64 items (spaced reviews) fsrs-rs fits only the 4 initial stabilities; require a real fit. */
export const MIN_ITEMS = 64;

export type TOptimizeResult =
  | { ok: true; reviewCount: number; items: number; before: TMetrics; after: TMetrics; weights: number[]; saved: boolean }
  | { ok: false; reason: "not-enough-reviews"; reviewCount: number; needed: number; items?: number; neededItems?: number };

export type TOptimizeOptions = { now?: Date; onProgress?: (done: number, total: number) => void };

export function optimizeUserWeights(db: TDb, userId: string, opts: TOptimizeOptions = {}): Promise<TOptimizeResult> {
  return oneAtATime(() => optimize(db, userId, opts));
}

async function optimize(db: TDb, userId: string, { now = new Date(), onProgress }: TOptimizeOptions): Promise<TOptimizeResult> {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { timezone: true, dayStartHour: true, fsrsWeights: true, relearningSteps: true },
  });
  const where = { userId, undone: false, rating: { gte: 1, lte: 4 } };
  const reviewCount = await db.reviewLog.count({ where });
  if (reviewCount < MIN_REVIEWS) return { ok: false, reason: "not-enough-reviews", reviewCount, needed: MIN_REVIEWS };

  const logs = await db.reviewLog.findMany({ where, select: { cardId: true, rating: true, state: true, review: true } });
  const plain = buildFsrsItems(logs, user);
  if (plain.length < MIN_ITEMS) {
    return { ok: false, reason: "not-enough-reviews", reviewCount, needed: MIN_REVIEWS, items: plain.length, neededItems: MIN_ITEMS };
  }
  const items = toBindingItems(plain);
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

// One optimization per process at a time: each holds a libuv pool thread
// (4 by default) for its whole run, and that pool also serves argon2
// sign-ins and file I/O.
let tail: Promise<unknown> = Promise.resolve();
function oneAtATime<T>(run: () => Promise<T>): Promise<T> {
  const result = tail.then(run, run);
  tail = result.catch(() => undefined);
  return result;
}
