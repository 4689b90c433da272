// Processes still running that carry this run's marker in their environment:
// whatever the suite started (servers, browsers, their children) inherits
// the marker, so an orphan is found even after it was re-parented to init.
import fs from "node:fs";

export const RUN_MARKER = "DECKHAND_TEST_RUN";

export function findLeftovers(runId, exclude = new Set([process.pid])) {
  const needle = Buffer.from(`${RUN_MARKER}=${runId}\0`);
  const found = [];
  for (const entry of fs.readdirSync("/proc")) {
    const pid = Number(entry);
    if (!Number.isInteger(pid) || exclude.has(pid)) continue;
    try {
      if (!fs.readFileSync(`/proc/${pid}/environ`).includes(needle)) continue;
      const cmd = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").join(" ").trim();
      found.push({ pid, cmd });
    } catch {} // gone meanwhile, or not ours to read
  }
  return found;
}

/** Waits a little (teardown may still be ending them), then lists the ones left. */
export async function leftoversAfter(runId, ms = 10_000) {
  const until = Date.now() + ms;
  let left = findLeftovers(runId);
  while (left.length > 0 && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 250));
    left = findLeftovers(runId);
  }
  return left;
}
