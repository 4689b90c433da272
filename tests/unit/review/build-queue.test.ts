import { describe, expect, it } from "vitest";
import { buildQueue, interleave } from "@/lib/review/build-queue";

const now = new Date("2026-05-01T12:00:00Z");
const at = (min: number) => new Date(now.getTime() + min * 60_000);
const c = (id: string, state: number, due: Date, retrievability = 0) => ({ id, state, due, retrievability });

describe("queue order", () => {
  it("puts due learning steps first, lowest retrievability reviews next, waiting learning cards last", () => {
    const q = buildQueue(
      [c("learn-later", 1, at(5)), c("learn-now", 1, at(-1))],
      [c("r-high", 2, at(-60), 0.95), c("r-low", 2, at(-10), 0.4), c("r-mid", 2, at(-30), 0.7)],
      [],
      now,
    );
    expect(q.map((x) => x.id)).toEqual(["learn-now", "r-low", "r-mid", "r-high", "learn-later"]);
  });

  it("spreads new cards evenly between reviews", () => {
    expect(interleave(["r1", "r2", "r3", "r4"], ["n1", "n2"])).toEqual(["r1", "r2", "n1", "r3", "r4", "n2"]);
    expect(interleave(["r1"], ["n1", "n2", "n3"])).toEqual(["r1", "n1", "n2", "n3"]);
    expect(interleave([], ["n1"])).toEqual(["n1"]);
    expect(interleave(["r1"], [])).toEqual(["r1"]);
  });
});
