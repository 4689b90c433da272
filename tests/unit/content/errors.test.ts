import { describe, expect, it } from "vitest";
import { parseChapter } from "@/lib/content/parse-chapter";
import type { TContentError } from "@/lib/content/types";
import { MINI_RENDERED, seedMarkdown } from "./helpers";

const FILE = "content/07-tiny-chapter.txt";
const MD = "content/01-containers-and-images.md";
const brief = (list: TContentError[]) => list.map(({ file, line, code }) => ({ file, line, code }));
/** MINI_RENDERED with line `n` (1-based) replaced by `lines` (none = deleted). */
const edit = (n: number, ...lines: string[]) => {
  const copy = [...MINI_RENDERED];
  copy.splice(n - 1, 1, ...lines);
  return copy.join("\n");
};

describe("the minimal chapter used below", () => {
  it("is clean, so each test breaks exactly one thing", () => {
    const r = parseChapter(MINI_RENDERED.join("\n"), FILE);
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([{ file: FILE, line: 1, code: "wild-missing", message: expect.any(String) }]);
  });
});

describe("errors name the file and the 1-based line", () => {
  it("Q: without A: (rendered)", () => {
    const r = parseChapter(edit(11, "Q: Why use a crane? Common wrong answer to avoid: “Cranes are decoration.”"), FILE);
    expect(brief(r.errors)).toEqual([{ file: FILE, line: 11, code: "qa-missing-answer" }]);
    expect(r.errors[0]!.message).toContain("Why use a crane?");
    expect(r.chapter!.interview).toEqual([]);
  });

  it("Q: without A: (markdown), then a good pair", () => {
    const md = seedMarkdown().replace(/\*\*A:\*\* Containers package[\s\S]*?routine app packaging\.\n\n/, "");
    const r = parseChapter(md, MD);
    const qLine = md.split("\n").indexOf("**Q:** Why do containers exist when VMs already isolate workloads?") + 1;
    expect(brief(r.errors)).toEqual([{ file: MD, line: qLine, code: "qa-missing-answer" }]);
    expect(r.chapter!.interview).toHaveLength(3);
  });

  it("A: without a Q:", () => {
    const r = parseChapter(edit(11, "A: Because cargo is heavy.", "Q: Why use a crane? A: Heavy cargo."), FILE);
    expect(brief(r.errors)).toEqual([{ file: FILE, line: 11, code: "qa-orphan" }]);
  });

  it("an empty Pause and recall (line of its heading)", () => {
    const r = parseChapter(edit(7, "Think about it.").replace("- Who operates a crane?\n- Where does the cargo go?\n", ""), FILE);
    expect(brief(r.errors)).toEqual([{ file: FILE, line: 6, code: "recall-empty" }]);
    expect(brief(r.warnings)).toContainEqual({ file: FILE, line: 7, code: "recall-stray-text" });
  });

  it("invalid UTF-8, at the line of the bad byte", () => {
    const bytes = Buffer.concat([Buffer.from(MINI_RENDERED.slice(0, 4).join("\n") + "\nA crane lifts "), Buffer.from([0xc3, 0x28]), Buffer.from(" cargo.\n")]);
    const r = parseChapter(bytes, FILE);
    expect(r.chapter).toBeNull();
    expect(brief(r.errors)).toEqual([{ file: FILE, line: 5, code: "not-utf8" }]);
  });

  it("Latin-1 text is not UTF-8", () => {
    const r = parseChapter(Buffer.from("01. Café — x¶\n", "latin1"), FILE);
    expect(brief(r.errors)).toEqual([{ file: FILE, line: 1, code: "not-utf8" }]);
  });

  it("NUL bytes, in bytes or in a string", () => {
    const bytes = Buffer.from(edit(3, "ELI5 callback: A tiny\u0000port."));
    expect(brief(parseChapter(bytes, FILE).errors)).toEqual([{ file: FILE, line: 3, code: "not-text" }]);
    expect(brief(parseChapter(edit(3, "x\u0000"), FILE).errors)).toEqual([{ file: FILE, line: 3, code: "not-text" }]);
  });

  it("the same question twice: reported at the second, naming the first", () => {
    const r = parseChapter(edit(9, "- what does a  crane lift"), FILE);
    expect(brief(r.errors)).toEqual([{ file: FILE, line: 9, code: "duplicate-question" }]);
    expect(r.errors[0]!.message).toContain("first at line 7");
    expect(r.chapter!.recall.map((q) => q.prompt)).toEqual(["What does a crane lift?", "Who operates a crane?"]);
  });

  it("a recall question repeated as an interview question", () => {
    const r = parseChapter(edit(11, "Q: What does a crane lift? A: Cargo. Common wrong answer to avoid: “Birds.”"), FILE);
    expect(brief(r.errors)).toEqual([{ file: FILE, line: 11, code: "duplicate-question" }]);
  });

  it("a missing header line", () => {
    const r = parseChapter(edit(1), FILE);
    expect(r.chapter).toBeNull();
    expect(brief(r.errors)).toEqual([{ file: FILE, line: 1, code: "missing-header" }]);
    const md = parseChapter("\n\nSome intro.\n\n## Section\n\nText.\n", MD);
    expect(brief(md.errors)).toEqual([{ file: MD, line: 3, code: "missing-header" }]);
  });

  it("a header without a chapter number", () => {
    const r = parseChapter(edit(1, "Tiny Chapter — Small but whole¶"), FILE);
    expect(r.chapter).toBeNull();
    expect(brief(r.errors)).toEqual([{ file: FILE, line: 1, code: "missing-number" }]);
    const md = parseChapter(seedMarkdown().replace("# 01. Containers", "# Containers"), MD);
    expect(brief(md.errors)).toEqual([{ file: MD, line: 1, code: "missing-number" }]);
  });

  it("a header without a title", () => {
    expect(brief(parseChapter(edit(1, "07.¶"), FILE).errors)).toEqual([{ file: FILE, line: 1, code: "missing-title" }]);
  });

  it("an unclosed code fence (markdown)", () => {
    const md = seedMarkdown().replace(/```\n\nBuild once, then only promote\.\n/, "");
    const fenceLine = md.split("\n").lastIndexOf("```") + 1;
    expect(brief(parseChapter(md, MD).errors)).toEqual([{ file: MD, line: fenceLine, code: "unclosed-fence" }]);
  });
});

describe("warnings do not block", () => {
  it("a pair without a wrong answer", () => {
    const r = parseChapter(edit(11, "Q: Why use a crane? A: Because cargo is heavy."), FILE);
    expect(r.errors).toEqual([]);
    expect(brief(r.warnings)).toContainEqual({ file: FILE, line: 11, code: "qa-missing-wrong-answer" });
    expect(r.chapter!.interview[0]!.wrongAnswer).toBeNull();
  });

  it("no Interview Q&A; too few recall questions; no meta, ELI5 or apply-now", () => {
    const text = MINI_RENDERED.filter((_, i) => ![1, 2, 8, 9, 10, 11, 12].includes(i)).join("\n");
    const r = parseChapter(text, FILE);
    expect(r.errors).toEqual([]);
    expect(r.warnings.map((w) => w.code).sort()).toEqual(
      ["apply-missing", "interview-missing", "missing-eli5", "missing-meta", "recall-few", "wild-missing"].sort(),
    );
    expect(parseChapter(text, FILE, { minRecall: 1 }).warnings.map((w) => w.code)).not.toContain("recall-few");
  });

  it("a header number that disagrees with the file name", () => {
    const r = parseChapter(MINI_RENDERED.join("\n"), "content/09-tiny.txt");
    expect(brief(r.warnings)).toContainEqual({ file: "content/09-tiny.txt", line: 1, code: "number-mismatch" });
  });
});
