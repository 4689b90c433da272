import { describe, expect, it } from "vitest";
import { parseChapter } from "@/lib/content/parse-chapter";
import { MINI_RENDERED, SEED_FILE, seedBytes, seedMarkdown, withoutPositions } from "./helpers";

const rendered = parseChapter(seedBytes(), SEED_FILE);
const markdown = parseChapter(seedMarkdown(), "content/01-containers-and-images.md");

describe("rendered text and markdown source of one chapter", () => {
  it("both parse cleanly", () => {
    expect(markdown.errors).toEqual([]);
    expect(markdown.warnings).toEqual([]);
    expect(rendered.errors).toEqual([]);
  });

  it("give the same structure, apart from file name and line numbers", () => {
    expect(withoutPositions(markdown.chapter)).toEqual(withoutPositions(rendered.chapter));
    // Same slug, same normalised questions: same keys and hashes, so switching form is not an edit.
    expect(markdown.chapter!.contentHash).toBe(rendered.chapter!.contentHash);
    expect(markdown.chapter!.recall.map((r) => r.key)).toEqual(rendered.chapter!.recall.map((r) => r.key));
  });

  it("really compares something: one changed word in the markdown breaks equality", () => {
    const edited = parseChapter(seedMarkdown().replace("Golden base images", "Golden base image"), "x/01-containers-and-images.md");
    expect(withoutPositions(edited.chapter)).not.toEqual(withoutPositions(rendered.chapter));
    expect(edited.chapter!.contentHash).not.toBe(rendered.chapter!.contentHash);
  });

  it("markdown keeps fence indentation and takes captions from before or inside the fence", () => {
    const md = [
      "# 09. Fences — Inside and out",
      "## Drawings",
      "Some text here.",
      "",
      "```",
      "request flow",
      "┌───┐    ┌───┐",
      "│ a │ -> │ b │",
      "   v        v",
      "```",
      "",
      "*second flow*",
      "",
      "~~~text",
      "  ┌─┐",
      "~~~",
    ].join("\n");
    const blocks = parseChapter(md, "09-fences.md").chapter!.sections[0]!.blocks;
    expect(blocks).toEqual([
      { kind: "paragraph", text: "Some text here." },
      { kind: "diagram", caption: "request flow", text: "┌───┐    ┌───┐\n│ a │ -> │ b │\n   v        v" },
      { kind: "diagram", caption: "second flow", text: "  ┌─┐" },
    ]);
  });

  it("tolerates Q, A and wrong answer on separate lines in rendered text, and straight quotes", () => {
    const lines = [...MINI_RENDERED];
    lines.splice(10, 1, "Q: Why use a crane?", "A: Because cargo is heavy.", "It also saves backs.", 'Common wrong answer to avoid: "Cranes are decoration."');
    const r = parseChapter(lines.join("\n"), "07-tiny-chapter.txt");
    expect(r.errors).toEqual([]);
    expect(r.chapter!.interview.map(({ question, answer, wrongAnswer, line }) => ({ question, answer, wrongAnswer, line }))).toEqual([
      { question: "Why use a crane?", answer: "Because cargo is heavy.\n\nIt also saves backs.", wrongAnswer: "Cranes are decoration.", line: 11 },
    ]);
  });

  it("accepts a BOM and CRLF line endings without changing the result", () => {
    const crlf = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(seedBytes().toString("utf8").replace(/\n/g, "\r\n"))]);
    expect(parseChapter(crlf, SEED_FILE)).toEqual(rendered);
    const mdCrlf = "\uFEFF" + seedMarkdown().replace(/\n/g, "\r\n");
    expect(parseChapter(mdCrlf, "content/01-containers-and-images.md")).toEqual(markdown);
  });
});
