// Team insights scan every member's cards and this month's logs (hundreds of
// milliseconds for a 1,000-member team) and change slowly, so a team page
// reuses them for a few minutes. Per process, bounded: the oldest entry goes
// when the cache is full. Concurrent loads of one key share one query.

export const INSIGHTS_TTL_MS = 10 * 60_000;
const MAX_ENTRIES = 500;
const store = new Map<string, { at: number; value: Promise<unknown> }>();

export function cachedInsight<T>(key: string, nowMs: number, load: () => Promise<T>): Promise<T> {
  const hit = store.get(key);
  if (hit && nowMs - hit.at < INSIGHTS_TTL_MS) return hit.value as Promise<T>;
  const value = load();
  store.delete(key);
  store.set(key, { at: nowMs, value });
  while (store.size > MAX_ENTRIES) store.delete(store.keys().next().value!);
  value.catch(() => store.get(key)?.value === value && store.delete(key));
  return value;
}

/** For benchmarks and tests that need the uncached cost. */
export const clearInsightsCache = () => store.clear();
