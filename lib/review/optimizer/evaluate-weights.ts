// How well a set of FSRS weights predicts a user's own reviews: log loss and
// RMSE (bins), computed by fsrs-rs itself (FSRSBinding.evaluate), i.e. the
// same numbers Anki's "Evaluate" button shows. For each item it predicts
// recall probability from the history with the forgetting curve, then
// - log loss: recency-weighted binary cross-entropy against "rated > Again";
// - RMSE (bins): items binned by interval, review count and lapses; the
//   weighted RMS gap between mean predicted and observed recall per bin.
// It uses the same outlier filter and recency weights as training, and it is
// in-sample: "after" is measured on the data the weights were fitted to.
import { FSRSBinding, FSRSBindingItem, FSRSBindingReview } from "@open-spaced-repetition/binding";
import { default_w, migrateParameters } from "ts-fsrs";
import type { TFsrsItem } from "./build-fsrs-items";

export type TMetrics = { logLoss: number; rmse: number };

export const toBindingItems = (items: readonly TFsrsItem[]): FSRSBindingItem[] =>
  items.map((reviews) => new FSRSBindingItem(reviews.map((r) => new FSRSBindingReview(r.rating, r.deltaT))));

/** Synchronous, on the calling thread: ~10 ms per 5,000 items (measured), so callers need no worker. */
export function evaluateWeights(items: readonly FSRSBindingItem[], weights: readonly number[]): TMetrics {
  const m = new FSRSBinding([...weights]).evaluate([...items]);
  return { logLoss: m.logLoss, rmse: m.rmseBins };
}

/**
 * The weights a user is scheduled with today: their saved ones (older 17/19
 * parameter sets migrated as ts-fsrs does) or ts-fsrs's defaults when none
 * are saved or the saved text is unusable.
 */
export function currentWeights(saved: string | null, numRelearningSteps: number): number[] {
  if (!saved) return [...default_w];
  try {
    const w: unknown = JSON.parse(saved);
    if (!Array.isArray(w) || !w.every((x) => typeof x === "number" && Number.isFinite(x))) return [...default_w];
    return migrateParameters(w as number[], numRelearningSteps, true);
  } catch {
    return [...default_w];
  }
}
