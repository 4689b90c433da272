// Team insights scan every member's cards and this month's logs (hundreds of
// milliseconds for a 1,000-member team) and change slowly, so a large team's
// page reuses them for a few minutes. A result that was cheap to compute (a
// small team) is not kept: there the page stays live. Per process, bounded
// (lru-cache: the least recently used entry goes when it is full).
// Concurrent loads of one key share one query.
import { LRUCache } from "lru-cache";

export const INSIGHTS_TTL_MS = 10 * 60_000;
/** Results that took less than this to compute are recomputed every time. */
export const INSIGHTS_MIN_COST_MS = 50;
const store = new LRUCache<string, { at: number; value: Promise<unknown> }>({ max: 500 });

export function cachedInsight<T>(
  key: string,
  nowMs: number,
  load: () => Promise<T>,
  minCostMs = INSIGHTS_MIN_COST_MS,
): Promise<T> {
  const hit = store.get(key);
  if (hit && nowMs - hit.at < INSIGHTS_TTL_MS) return hit.value as Promise<T>;
  const started = performance.now();
  const value = load();
  store.set(key, { at: nowMs, value });
  const forget = () => store.get(key)?.value === value && store.delete(key);
  value.then(() => performance.now() - started < minCostMs && forget(), forget);
  return value;
}

/** For benchmarks and tests that need the uncached cost. */
export const clearInsightsCache = () => store.clear();
