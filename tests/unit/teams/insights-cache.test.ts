import { describe, expect, it } from "vitest";
import { cachedInsight, clearInsightsCache, INSIGHTS_TTL_MS } from "@/lib/teams/insights-cache";

describe("insights cache", () => {
  it("reuses a value within the TTL, reloads after it, and forgets failures", async () => {
    clearInsightsCache();
    let loads = 0;
    const load = async () => ++loads;
    expect(await cachedInsight("k", 0, load, 0)).toBe(1);
    expect(await cachedInsight("k", INSIGHTS_TTL_MS - 1, load, 0)).toBe(1);
    expect(await cachedInsight("k", INSIGHTS_TTL_MS, load, 0)).toBe(2);
    await expect(
      cachedInsight(
        "bad",
        0,
        async () => {
          throw new Error("db down");
        },
        0,
      ),
    ).rejects.toThrow("db down");
    await Promise.resolve();
    expect(await cachedInsight("bad", 1, async () => "ok", 0)).toBe("ok");
  });

  it("keeps only results that were costly to compute (small teams stay live)", async () => {
    clearInsightsCache();
    let n = 0;
    expect(await cachedInsight("small", 0, async () => ++n, 1_000)).toBe(1);
    await new Promise((r) => setTimeout(r, 0));
    expect(await cachedInsight("small", 1, async () => ++n, 1_000)).toBe(2);
    const slow = () => new Promise<number>((r) => setTimeout(() => r(++n), 30));
    expect(await cachedInsight("large", 0, slow, 10)).toBe(3);
    expect(await cachedInsight("large", 1, slow, 10)).toBe(3);
  });

  it("stays bounded: the oldest entries go first", async () => {
    clearInsightsCache();
    for (let i = 0; i < 600; i++) await cachedInsight(`team-${i}`, 0, async () => i, 0);
    expect(await cachedInsight("team-0", 1, async () => -1, 0)).toBe(-1); // evicted, loaded again
    expect(await cachedInsight("team-599", 1, async () => -1, 0)).toBe(599); // still cached
  });
});
