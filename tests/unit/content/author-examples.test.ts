import { describe, expect, it } from "vitest";
import { parseChapter } from "@/lib/content/parse-chapter";
import { toQuestionRows } from "@/lib/content/to-question-rows";

const chapter = (interview: string) => `# 09. Test chapter — Examples

## Lesson

Tags move; digests do not. A digest names one exact artifact.

## Pause and recall

- What does a digest name?
- Why do tags move?
- What is a tag?

## Interview Q&A

${interview}
`;

describe("author examples in Interview Q&A", () => {
  it("reads Accept: / Reject: lines, graded or not, in markdown paragraphs", () => {
    const r = parseChapter(
      chapter(`Q: Why prefer digests over tags?

A: Digests point to one exact artifact; tags can move.

Common wrong answer to avoid: "Tags are enough."

Accept: "digest = one fixed artifact, tags can be re-pointed"

Accept (3): digests are fixed

Reject: Tags are fine if you are careful.`),
      "09-test.md",
    );
    expect(r.errors).toEqual([]);
    const q = r.chapter!.interview[0]!;
    expect(q.wrongAnswer).toBe("Tags are enough.");
    expect(q.examples).toEqual([
      { answer: "digest = one fixed artifact, tags can be re-pointed", grade: 5 },
      { answer: "digests are fixed", grade: 3 },
      { answer: "Tags are fine if you are careful.", grade: 0 },
    ]);
    const row = toQuestionRows(r.chapter!).find((x) => x.kind === "interview")!;
    expect(JSON.parse(row.authorExamples)).toEqual(q.examples);
  });

  it("reads them on the one-line rendered layout too", () => {
    const r = parseChapter(
      chapter(`Q: Why prefer digests? A: Digests name one artifact. Common wrong answer to avoid: “Tags are enough.” Accept: “one artifact per digest” Reject (0.5): “tags never move”`),
      "09-test.md",
    );
    expect(r.chapter!.interview[0]!.examples).toEqual([
      { answer: "one artifact per digest", grade: 5 },
      { answer: "tags never move", grade: 0.5 },
    ]);
  });

  it("keeps the content hash of a pair without examples", () => {
    const plain = `Q: Why prefer digests? A: Digests name one artifact. Common wrong answer to avoid: "Tags are enough."`;
    const a = parseChapter(chapter(plain), "09-test.md").chapter!.interview[0]!;
    const b = parseChapter(chapter(`${plain} Accept: one artifact`), "09-test.md").chapter!.interview[0]!;
    expect(a.examples).toEqual([]);
    expect(a.contentHash).not.toBe(b.contentHash);
    expect(JSON.parse(toQuestionRows(parseChapter(chapter(plain), "09-test.md").chapter!).find((x) => x.kind === "interview")!.authorExamples)).toEqual([]);
  });
});
