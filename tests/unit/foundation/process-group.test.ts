import { afterEach, describe, expect, it } from "vitest";
import crypto from "node:crypto";
import fs from "node:fs";
import { startGroup, type TGroup } from "@/scripts/lib/process-group";
import { findLeftovers, RUN_MARKER } from "@/scripts/find-leftovers.mjs";

// Running, not a zombie: an orphan is re-parented to an init that may reap it late.
const alive = (pid: number) => {
  try {
    return !/^\d+ \(.*\) Z/.test(fs.readFileSync(`/proc/${pid}/stat`, "utf8"));
  } catch {
    return false;
  }
};

// A parent that forks a grandchild and prints its pid, the way npx forks next.
const PARENT = `
  const { spawn } = require("node:child_process");
  const g = spawn(process.execPath, ["-e", "setInterval(() => {}, 1000)"], { stdio: "ignore" });
  console.log(g.pid);
  setInterval(() => {}, 1000);
`;

async function startTree(env: Record<string, string> = {}) {
  const group = startGroup(process.execPath, ["-e", PARENT], {
    stdio: ["ignore", "pipe", "ignore"],
    env: { ...process.env, ...env },
  });
  const grandchild = await new Promise<number>((resolve) =>
    group.child.stdout!.once("data", (b: Buffer) => resolve(Number(String(b).trim()))),
  );
  return { group, grandchild };
}

let started: TGroup[] = [];
afterEach(async () => {
  await Promise.all(started.map((g) => g.stop()));
  started = [];
});

describe("process groups", () => {
  it("stop() ends the child and what it forked", async () => {
    const { group, grandchild } = await startTree();
    started.push(group);
    expect(alive(group.pid) && alive(grandchild)).toBe(true);
    await group.stop();
    await new Promise((r) => setTimeout(r, 100));
    expect(alive(group.pid)).toBe(false);
    expect(alive(grandchild)).toBe(false);
  });

  it("the leftover check finds a marked orphan and nothing after it is stopped", async () => {
    const runId = crypto.randomUUID();
    const { group, grandchild } = await startTree({ [RUN_MARKER]: runId });
    started.push(group);
    const pids = findLeftovers(runId).map((p) => p.pid);
    expect(pids).toEqual(expect.arrayContaining([group.pid, grandchild]));
    await group.stop();
    await new Promise((r) => setTimeout(r, 100));
    expect(findLeftovers(runId)).toEqual([]);
  });
});
