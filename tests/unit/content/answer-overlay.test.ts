import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkContent } from "@/lib/content/check-content";
import { readContentFiles } from "@/lib/content/read-content-files";
import { SEED_FILE, seedBytes } from "./helpers";

const overlay = (answers: unknown) => JSON.stringify({ answers });
const RUNTIME = "Which runtime details usually fail first under orchestration?";

describe("answer overlays beside a chapter", () => {
  it("supplies an explicit answer without touching the chapter", () => {
    const r = checkContent([{ file: SEED_FILE, bytes: seedBytes(), answers: overlay([{ question: RUNTIME, answer: "PID 1 must handle SIGTERM." }]) }]);
    const q = r.lessons[0]!.recall.find((x) => x.prompt === RUNTIME)!;
    expect(q).toMatchObject({ answer: "PID 1 must handle SIGTERM.", answerSource: "author" });
    // The other recall questions keep their lesson passages.
    expect(r.lessons[0]!.recall.filter((x) => x.answerSource === "lesson")).toHaveLength(3);
  });

  it("is read from <chapter>.answers.json by the content reader", async () => {
    const dir = path.resolve(import.meta.dirname, "../../fixtures/content");
    const files = await readContentFiles([path.join(dir, "01-containers-and-images.txt")]);
    expect(files[0]!.answers).toMatch(/PID 1/);
    const q = checkContent(files).lessons[0]!.recall.find((x) => x.prompt === RUNTIME)!;
    expect(q.answerSource).toBe("author");
  });

  it("rejects a broken overlay with a message naming the problem, and warns about questions the chapter does not ask", () => {
    const bad = checkContent([{ file: SEED_FILE, bytes: seedBytes(), answers: "{ nope" }]);
    expect(bad.errors[0]).toMatchObject({ code: "overlay-invalid", message: expect.stringMatching(/not JSON/) });
    const empty = checkContent([{ file: SEED_FILE, bytes: seedBytes(), answers: overlay([{ question: RUNTIME, answer: " " }]) }]);
    expect(empty.errors[0]?.message).toMatch(/answers\.0\.answer: answer is empty/);
    const stray = checkContent([{ file: SEED_FILE, bytes: seedBytes(), answers: overlay([{ question: "What is a boat?", answer: "A hull." }]) }]);
    expect(stray.errors).toEqual([]);
    expect(stray.warnings.map((w) => w.code)).toContain("overlay-unknown-question");
  });
});
