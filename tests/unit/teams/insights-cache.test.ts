import { describe, expect, it } from "vitest";
import { cachedInsight, clearInsightsCache, INSIGHTS_TTL_MS } from "@/lib/teams/insights-cache";

describe("insights cache", () => {
  it("reuses a value within the TTL, reloads after it, and forgets failures", async () => {
    clearInsightsCache();
    let loads = 0;
    const load = async () => ++loads;
    expect(await cachedInsight("k", 0, load)).toBe(1);
    expect(await cachedInsight("k", INSIGHTS_TTL_MS - 1, load)).toBe(1);
    expect(await cachedInsight("k", INSIGHTS_TTL_MS, load)).toBe(2);
    await expect(cachedInsight("bad", 0, async () => { throw new Error("db down"); })).rejects.toThrow("db down");
    await Promise.resolve();
    expect(await cachedInsight("bad", 1, async () => "ok")).toBe("ok");
  });

  it("stays bounded: the oldest entries go first", async () => {
    clearInsightsCache();
    for (let i = 0; i < 600; i++) await cachedInsight(`team-${i}`, 0, async () => i);
    expect(await cachedInsight("team-0", 1, async () => -1)).toBe(-1); // evicted, loaded again
    expect(await cachedInsight("team-599", 1, async () => -1)).toBe(599); // still cached
  });
});
