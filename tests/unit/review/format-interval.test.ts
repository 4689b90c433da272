import { describe, expect, it } from "vitest";
import { formatInterval } from "@/lib/review/format-interval";

const t = new Date("2026-01-01T00:00:00Z");
const after = (ms: number) => new Date(t.getTime() + ms);

describe("interval labels", () => {
  it("reads like Anki's buttons", () => {
    expect(formatInterval(t, after(60_000))).toBe("1m");
    expect(formatInterval(t, after(10 * 60_000))).toBe("10m");
    expect(formatInterval(t, after(3 * 3_600_000))).toBe("3h");
    expect(formatInterval(t, after(4 * 86_400_000))).toBe("4d");
    expect(formatInterval(t, after(75 * 86_400_000))).toBe("2.5mo");
    expect(formatInterval(t, after(800 * 86_400_000))).toBe("2.2y");
  });
});
