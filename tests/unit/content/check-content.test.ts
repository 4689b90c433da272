import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkContent } from "@/lib/content/check-content";
import { readContentFiles } from "@/lib/content/read-content-files";
import { MINI_RENDERED, seedBytes, seedMarkdown } from "./helpers";

const tiny = MINI_RENDERED.join("\n");
const brief = (list: { file: string; line: number; code: string }[]) => list.map(({ file, line, code }) => ({ file, line, code }));

describe("checkContent across files", () => {
  it("lists the good chapters and reports the bad file's errors", () => {
    const r = checkContent([
      { file: "c/01-containers-and-images.txt", bytes: seedBytes() },
      { file: "c/07-tiny-chapter.txt", bytes: tiny.replace("A: Because cargo is heavy. ", "") },
      { file: "c/08-sailing.txt", bytes: tiny.replace("07. Tiny Chapter", "08. Sailing").replace("→ 08 → 08-sailing.md", "") },
    ]);
    expect(brief(r.errors)).toEqual([{ file: "c/07-tiny-chapter.txt", line: 11, code: "qa-missing-answer" }]);
    expect(r.lessons.map((l) => l.file)).toEqual(["c/01-containers-and-images.txt", "c/08-sailing.txt"]);
  });

  it("two chapters with one number: error on the second file, naming the first", () => {
    const r = checkContent([
      { file: "c/01-containers-and-images.txt", bytes: seedBytes() },
      { file: "c/01-containers-and-images-v2.md", bytes: seedMarkdown() },
    ]);
    expect(brief(r.errors)).toEqual([{ file: "c/01-containers-and-images-v2.md", line: 1, code: "duplicate-number" }]);
    expect(r.errors[0]!.message).toContain("c/01-containers-and-images.txt");
    expect(r.lessons.map((l) => l.file)).toEqual(["c/01-containers-and-images.txt"]);
  });

  it("the same slug in two folders is an error too", () => {
    const r = checkContent([
      { file: "a/07-tiny-chapter.txt", bytes: tiny },
      { file: "b/07-tiny-chapter.md", bytes: "# 70. Other — x\n" },
    ]);
    expect(brief(r.errors)).toEqual([{ file: "b/07-tiny-chapter.md", line: 1, code: "duplicate-slug" }]);
  });

  it("warns when a Bridge points at a file that is not that chapter, or is missing before the last chapter", () => {
    const r = checkContent([
      { file: "c/01-containers-and-images.txt", bytes: seedBytes() },
      { file: "c/02-pods.txt", bytes: tiny.replace("07. Tiny Chapter", "02. Pods").replace("→ 08 → 08-sailing.md", "") },
      { file: "c/07-tiny-chapter.txt", bytes: tiny },
    ]);
    expect(r.errors).toEqual([]);
    expect(brief(r.warnings.filter((w) => w.code.startsWith("bridge")))).toEqual([
      { file: "c/01-containers-and-images.txt", line: 71, code: "bridge-mismatch" },
      { file: "c/02-pods.txt", line: 1, code: "bridge-no-next" },
    ]);
  });
});

describe("readContentFiles", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "deckhand-content-"));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("expands folders one level deep into sorted .md/.txt files, skipping README.md", async () => {
    for (const name of ["b.md", "a.txt", "README.md", "notes.json", "c.MD"]) fs.writeFileSync(path.join(dir, name), "x");
    fs.mkdirSync(path.join(dir, "drafts"));
    fs.writeFileSync(path.join(dir, "drafts", "d.md"), "x");
    const files = await readContentFiles([dir, path.join(dir, "a.txt")]);
    expect(files.map((f) => path.relative(dir, f.file))).toEqual(["a.txt", "b.md", "c.MD"]);
    expect(Buffer.from(files[0]!.bytes).toString()).toBe("x");
  });

  it("fails clearly on a missing path", async () => {
    await expect(readContentFiles([path.join(dir, "nope")])).rejects.toThrow(/no such file or folder/);
  });
});
