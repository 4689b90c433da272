import { describe, expect, it } from "vitest";
import { checkContent } from "@/lib/content/check-content";
import { generateChapters } from "@/scripts/lib/generate-chapters";
import { seedText } from "./helpers";

describe("benchmark chapter generator", () => {
  const chapters = generateChapters(12, seedText());

  it("is deterministic and alternates the two forms with unique files", () => {
    expect(generateChapters(12, seedText())).toEqual(chapters);
    expect(chapters.map((c) => c.form)).toEqual(Array.from({ length: 12 }, (_, i) => (i % 2 === 0 ? "rendered" : "markdown")));
    expect(new Set(chapters.map((c) => c.file)).size).toBe(12);
    expect(chapters[0]!.file).toBe("01-reliable-images-1.txt");
  });

  it("produces chapters that check clean, numbered 1…n, each bridging to the next file", () => {
    const r = checkContent(chapters.map((c) => ({ file: c.file, bytes: c.text })));
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(r.lessons.map((l) => l.number)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    expect(r.lessons.slice(0, -1).map((l) => l.next?.file)).toEqual(chapters.slice(1).map((c) => c.file));
    expect(r.lessons.every((l) => l.recall.length >= 3 && l.recall.every((q) => q.answerSource.startsWith("lesson")))).toBe(true);
  });
});
