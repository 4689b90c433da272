import { describe, expect, it } from "vitest";
import { InferenceGate } from "@/lib/scoring/inference-gate";

/** A task the test finishes by hand, recording when it started. */
function manual(log: string[], name: string) {
  let finish!: () => void;
  const done = new Promise<void>((r) => (finish = r));
  const task = () => {
    log.push(name);
    return done.then(() => name);
  };
  return { task, finish };
}

const tick = () => new Promise((r) => setImmediate(r));

describe("InferenceGate: a core stays with the event loop, a quiet server borrows it", () => {
  it("runs one task within the limit, lends one more core only while nothing waits, and queues the rest in order", async () => {
    const gate = new InferenceGate(1);
    const log: string[] = [];
    const [a, b, c, d] = ["a", "b", "c", "d"].map((n) => manual(log, n));
    const ra = gate.run(a!.task);
    const rb = gate.run(b!.task); // nothing waits: borrows the second core
    const rc = gate.run(c!.task);
    const rd = gate.run(d!.task);
    await tick();
    expect(log).toEqual(["a", "b"]);
    expect(gate.load).toEqual({ running: 2, waiting: 2 });
    // The borrowed core is given back, not handed to a waiting task: the limit holds under load.
    b!.finish();
    await rb;
    await tick();
    expect(log).toEqual(["a", "b"]);
    a!.finish();
    await ra;
    await tick();
    expect(log).toEqual(["a", "b", "c"]);
    c!.finish();
    d!.finish();
    expect(await Promise.all([rc, rd])).toEqual(["c", "d"]);
    expect(gate.load).toEqual({ running: 0, waiting: 0 });
  });

  it("frees its slot when a task throws", async () => {
    const gate = new InferenceGate(1);
    await expect(gate.run(() => Promise.reject(new Error("model failed")))).rejects.toThrow("model failed");
    expect(gate.load).toEqual({ running: 0, waiting: 0 });
    expect(await gate.run(async () => 7)).toBe(7);
  });

  it("refuses a limit below one", () => {
    expect(() => new InferenceGate(0)).toThrow(RangeError);
  });
});
