import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { DIGESTS } from "./fixtures";

const root = new URL("../../../", import.meta.url).pathname;

describe("npm run score -- --jsonl", () => {
  it("writes one JSON line per input line and an error for malformed lines", () => {
    const lines = [
      JSON.stringify({ ...DIGESTS, answer: DIGESTS.reference }),
      "{not json",
      JSON.stringify({ question: "q", reference: "r" }),
      JSON.stringify({ ...DIGESTS, answer: "x".repeat(5001) }),
      JSON.stringify({ ...DIGESTS, answer: "Tags are enough if the team is disciplined." }),
    ];
    const run = spawnSync("npx", ["tsx", "scripts/score.ts", "--jsonl"], {
      cwd: root,
      input: `${lines.join("\n")}\n`,
      encoding: "utf8",
    });
    expect(run.status, run.stderr).toBe(0);
    const out = run.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(out).toHaveLength(5);
    expect(out[0]).toMatchObject({ verdict: "correct", wrongAnswerMatch: false, missed: [] });
    expect(Object.keys(out[0]!).sort()).toEqual([
      "matched",
      "missed",
      "rating",
      "score",
      "verdict",
      "wrongAnswerMatch",
    ]);
    expect(out[1]).toEqual({ error: expect.stringMatching(/invalid JSON/) });
    expect(out[2]).toEqual({ error: expect.stringMatching(/invalid input.*answer/) });
    expect(out[3]).toEqual({ error: expect.stringMatching(/too long/) });
    expect(out[4]).toMatchObject({ verdict: "common-wrong-answer", wrongAnswerMatch: true, rating: 1 });
  }, 60_000);
});
