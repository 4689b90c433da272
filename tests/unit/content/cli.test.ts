// Runs the real CLI the way `npm run content` does (tsx), on temp folders.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { MINI_RENDERED, seedBytes } from "./helpers";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const TSX = path.join(ROOT, "node_modules/.bin/tsx");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "deckhand-cli-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function folder(name: string, files: Record<string, string | Buffer>): string {
  const dir = path.join(tmp, name);
  fs.mkdirSync(dir);
  for (const [file, body] of Object.entries(files)) fs.writeFileSync(path.join(dir, file), body);
  return dir;
}

function content(...args: string[]) {
  const r = spawnSync(TSX, ["scripts/content.ts", ...args], { cwd: ROOT, encoding: "utf8", timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("npm run content -- check", { timeout: 60_000 }, () => {
  const good = folder("good", { "01-containers-and-images.txt": seedBytes(), "README.md": "# not a chapter" });
  const bad = folder("bad", {
    "01-containers-and-images.txt": seedBytes(),
    "07-tiny-chapter.txt": MINI_RENDERED.join("\n").replace("A: Because cargo is heavy. ", ""),
  });

  it("--json prints exactly the documented object and exits 0 when clean", () => {
    const r = content("check", good, "--json");
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(["lessons", "errors"]);
    expect(out.errors).toEqual([]);
    expect(out.lessons).toHaveLength(1);
    const [lesson] = out.lessons;
    expect(Object.keys(lesson)).toEqual(["file", "slug", "number", "title", "recall", "interview"]);
    expect(lesson).toMatchObject({ file: path.join(good, "01-containers-and-images.txt"), slug: "01-containers-and-images", number: 1, title: "Containers and Images" });
    expect(lesson.recall).toHaveLength(4);
    expect(Object.keys(lesson.recall[0])).toEqual(["prompt", "answer"]);
    expect(lesson.recall[2]).toEqual({ prompt: "Why are tags weaker identities than image digests?", answer: "Tags are convenient labels, but digests are the real identity." });
    expect(lesson.interview).toHaveLength(4);
    expect(Object.keys(lesson.interview[0])).toEqual(["question", "answer", "wrongAnswer"]);
    expect(lesson.interview[2].wrongAnswer).toBe("Tags are enough if the team is disciplined.");
  });

  it("--json exits 1 on an error, listing file and line, and still lists the good lessons", () => {
    const r = content("check", bad, "--json");
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.errors).toEqual([{ file: path.join(bad, "07-tiny-chapter.txt"), line: 11, message: 'Q: without A: "Why use a crane?"' }]);
    expect(out.lessons.map((l: { slug: string }) => l.slug)).toEqual(["01-containers-and-images"]);
  });

  it("prints a summary and file:line: message errors without --json", () => {
    const r = content("check", bad);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("#1 Containers and Images: recall 4 (0 author-answered), Q&A 4, wrong answers 4/4, warnings 0");
    expect(r.stdout).toContain(`${path.join(bad, "07-tiny-chapter.txt")}:11: Q: without A: "Why use a crane?"`);
    expect(r.stdout).toMatch(/2 files, 1 chapter ok, 1 error, \d+ warnings?/);
  });

  it("import refuses content with errors and imports nothing", () => {
    const r = content("import", bad);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("nothing imported");
  });

  it("exits 2 on a bad path or command", () => {
    expect(content("check", path.join(tmp, "missing")).status).toBe(2);
    expect(content("frobnicate").status).toBe(2);
  });
});
