// Shared blocks (from either surface form) -> TChapter. Everything that makes
// a chapter a chapter lives here once: header, special sections, questions,
// warnings. A chapter without a usable header is not built at all (null).
import { buildQuestions } from "./build-questions";
import { extractRecall, type TRawRecall } from "./extract-recall";
import { groupSections, type TSourceSection } from "./group-sections";
import { parseBridge } from "./parse-bridge";
import { numberFromFileName, parseHeaderText, slugFromFile } from "./parse-header";
import { parseInterview, type TRawInterview } from "./parse-interview";
import { contentHash } from "./question-key";
import { uniqueSlugger } from "./slugify";
import type { TSourceDoc } from "./source-blocks";
import { toContentBlocks } from "./to-content-blocks";
import type { TApplyNow, TChapter, TIssue, TNextChapter, TSection } from "./types";

export const DEFAULT_MIN_RECALL = 3;
const LEVELS = new Set(["beginner", "intermediate", "advanced"]);

export function buildChapter(doc: TSourceDoc, file: string, minRecall = DEFAULT_MIN_RECALL, overlay?: string): { chapter: TChapter | null; issues: TIssue[] } {
  const issues: TIssue[] = [...doc.issues];
  const error = (line: number, message: string, code: string) => issues.push({ line, message, code, severity: "error" });
  const warn = (line: number, message: string, code: string) => issues.push({ line, message, code, severity: "warning" });

  const [head, ...rest] = doc.blocks;
  if (head?.kind !== "heading" || head.level !== 1) {
    error(head?.line ?? 1, "missing header line: expected \"NN. Title — Tagline¶\" (or \"# NN. Title — Tagline\" in markdown) first", "missing-header");
    return { chapter: null, issues };
  }
  const header = parseHeaderText(head.text);
  if (header.number === null) error(head.line, `header has no chapter number: expected "NN. ${head.text}"`, "missing-number");
  if (header.title === "") error(head.line, "header has no title", "missing-title");
  if (header.number === null || header.title === "") return { chapter: null, issues };
  if (header.tagline === null) warn(head.line, "header has no tagline (\"NN. Title — Tagline\")", "missing-tagline");

  const slug = slugFromFile(file);
  const fileNumber = numberFromFileName(file);
  if (fileNumber !== null && fileNumber !== header.number) {
    warn(head.line, `header says chapter ${header.number} but the file name says ${fileNumber}`, "number-mismatch");
  }

  const grouped = groupSections(rest);
  if (!grouped.meta) warn(head.line, "no \"⏱️ Estimated time: N min | Level: …\" line", "missing-meta");
  else if (grouped.meta.level !== null && !LEVELS.has(grouped.meta.level)) {
    warn(grouped.meta.line, `unknown level "${grouped.meta.level}" (expected beginner, intermediate or advanced)`, "unknown-level");
  }
  if (grouped.eli5 === null) warn(head.line, "no \"ELI5 callback:\" line", "missing-eli5");

  const slugOf = uniqueSlugger();
  const sections: TSection[] = [];
  const rawRecall: TRawRecall[] = [];
  const rawInterview: TRawInterview[] = [];
  const inTheWild: string[] = [];
  let applyNow: TApplyNow | null = null;
  let bridgeSource = grouped.bridge;
  const seenKinds = new Map<string, number>();

  for (const s of grouped.sections) {
    if (s.kind !== "ordinary") {
      const first = seenKinds.get(s.kind);
      if (first !== undefined) warn(s.line, `second "${s.heading}" section (first at line ${first}); their contents are merged`, "duplicate-section");
      else seenKinds.set(s.kind, s.line);
    }
    switch (s.kind) {
      case "ordinary":
        sections.push({ heading: s.heading, slug: slugOf(s.heading), line: s.line, blocks: toContentBlocks(s.blocks) });
        break;
      case "recall": {
        const r = extractRecall(s);
        rawRecall.push(...r.items);
        issues.push(...r.issues);
        break;
      }
      case "interview": {
        const r = parseInterview(s.blocks);
        rawInterview.push(...r.items);
        issues.push(...r.issues);
        break;
      }
      case "wild":
        inTheWild.push(...bulletsOf(s, warn));
        break;
      case "apply":
        applyNow = mergeApply(applyNow, s);
        break;
      case "bridge": {
        const p = s.blocks.find((b) => b.kind === "paragraph");
        if (p?.kind === "paragraph" && !bridgeSource) bridgeSource = p;
        break;
      }
    }
  }
  if (!seenKinds.has("recall")) warn(head.line, "no \"Pause and recall\" section", "recall-missing");
  else if (rawRecall.length > 0 && rawRecall.length < minRecall) {
    warn(seenKinds.get("recall")!, `only ${rawRecall.length} recall question(s); aim for at least ${minRecall}`, "recall-few");
  }
  if (!seenKinds.has("interview")) warn(head.line, "no \"Interview Q&A\" section", "interview-missing");
  if (!seenKinds.has("wild")) warn(head.line, "no \"Where this lives in the wild\" section", "wild-missing");
  if (!applyNow) warn(head.line, "no \"Apply now (N min)\" section", "apply-missing");

  let bridge: string | null = null;
  let next: TNextChapter | null = null;
  // A Bridge without a next chapter is fine for the last chapter; check-content.ts judges that.
  if (bridgeSource) ({ bridge, next } = parseBridge(bridgeSource));

  const q = buildQuestions(slug, rawRecall, rawInterview, sections, overlay);
  issues.push(...q.issues);
  const body = {
    slug,
    line: head.line,
    number: header.number,
    title: header.title,
    tagline: header.tagline,
    minutes: grouped.meta?.minutes ?? null,
    level: grouped.meta?.level ?? null,
    eli5: grouped.eli5,
    intro: toContentBlocks(grouped.preamble),
    sections,
    recall: q.recall,
    interview: q.interview,
    inTheWild,
    applyNow,
    bridge,
    next,
  };
  return { chapter: { file, ...body, contentHash: chapterHash(body) }, issues: issues.sort((a, b) => a.line - b.line) };
}

function bulletsOf(s: TSourceSection, warn: (line: number, message: string, code: string) => void): string[] {
  const out: string[] = [];
  for (const b of s.blocks) {
    if (b.kind === "bullet") out.push(b.text);
    else warn(b.line, `ignored ${b.kind} in "${s.heading}": use "- " bullets`, "stray-text");
  }
  return out;
}

function mergeApply(prev: TApplyNow | null, s: TSourceSection): TApplyNow {
  const minutes = /\((\d+)\s*min/i.exec(s.heading);
  const texts = s.blocks.flatMap((b) => (b.kind === "paragraph" ? [b.text] : b.kind === "bullet" ? [`- ${b.text}`] : b.kind === "diagram" ? [b.text] : []));
  const text = [prev?.text ?? "", ...texts].filter((t) => t !== "").join("\n\n");
  return { minutes: prev?.minutes ?? (minutes ? Number(minutes[1]) : null), text };
}

// Line numbers and the file name are left out, so the rendered and markdown
// forms of one chapter hash alike and moving text around within the file
// does not count as an edit.
function chapterHash(body: Omit<TChapter, "file" | "contentHash">): string {
  return contentHash([JSON.stringify(body, (k, v: unknown) => (k === "line" ? undefined : v))]);
}
