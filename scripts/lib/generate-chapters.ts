// Synthetic chapters for benchmarks: the seed chapter, parsed, then varied per
// copy (number, title, some words, which sections and questions are kept) and
// written back out, alternately as rendered text and as markdown source.
// Deterministic: copy i is the same on every run and machine.
import fs from "node:fs";
import path from "node:path";
import { parseChapter } from "@/lib/content/parse-chapter";
import { slugify } from "@/lib/content/slugify";
import type { TBlock, TChapter } from "@/lib/content/types";
import { mulberry32 } from "./seeded-random";

export type TGeneratedChapter = { file: string; text: string; form: "rendered" | "markdown" };

const ADJECTIVES = [
  "Reliable",
  "Portable",
  "Secure",
  "Elastic",
  "Observable",
  "Immutable",
  "Layered",
  "Signed",
  "Minimal",
  "Golden",
];
const NOUNS = [
  "Images",
  "Registries",
  "Runtimes",
  "Builds",
  "Artifacts",
  "Layers",
  "Releases",
  "Pipelines",
  "Bundles",
  "Snapshots",
];
// Whole-word swaps; each copy applies a pseudo-random subset.
const SWAPS: [RegExp, string[]][] = [
  [/\bcontainers\b/g, ["crates", "capsules", "pods", "boxes"]],
  [/\bcontainer\b/g, ["crate", "capsule", "pod", "box"]],
  [/\bimages\b/g, ["artifacts", "bundles", "snapshots"]],
  [/\bimage\b/g, ["artifact", "bundle", "snapshot"]],
  [/\bregistry\b/g, ["depot", "store", "vault"]],
  [/\bship\b/g, ["vessel", "barge", "freighter"]],
  [/\blayer\b/g, ["tier", "slice", "stratum"]],
  [/\bcluster\b/g, ["fleet", "farm", "grid"]],
];

/** `count` chapters numbered 1…count; even indexes rendered (.txt), odd markdown (.md). */
export function generateChapters(count: number, seedText: string): TGeneratedChapter[] {
  const seed = parseChapter(seedText, "01-containers-and-images.txt").chapter;
  if (!seed) throw new Error("the seed chapter does not parse");
  const titles = Array.from({ length: count }, (_, i) => titleFor(i));
  const slugs = titles.map((t, i) => `${pad(i + 1, count)}-${slugify(t)}`);
  return titles.map((title, i) => {
    const rand = mulberry32(i + 1);
    const form = i % 2 === 0 ? "rendered" : "markdown";
    const ext = (j: number) => (j % 2 === 0 ? ".txt" : ".md");
    const ch = vary(seed, rand, { number: i + 1, title, tagline: `Variant ${i + 1} of the seed` });
    const next = i + 1 < count ? { number: i + 2, file: slugs[i + 1]! + ext(i + 1) } : null;
    const text = form === "rendered" ? toRendered(ch, next, count) : toMarkdown(ch, next, count);
    return { file: slugs[i]! + ext(i), text, form };
  });
}

/** Writes the chapters into `dir` (created if needed); returns their paths. */
export function writeGeneratedChapters(dir: string, chapters: readonly TGeneratedChapter[]): string[] {
  fs.mkdirSync(dir, { recursive: true });
  return chapters.map((c) => {
    const file = path.join(dir, c.file);
    fs.writeFileSync(file, c.text);
    return file;
  });
}

type TNext = { number: number; file: string } | null;

function vary(seed: TChapter, rand: () => number, head: Pick<TChapter, "number" | "title" | "tagline">): TChapter {
  const swaps = SWAPS.filter(() => rand() < 0.5).map(
    ([re, words]) => [re, words[Math.floor(rand() * words.length)]!] as const,
  );
  const w = (s: string) => swaps.reduce((acc, [re, word]) => acc.replace(re, word), s);
  const keep = <T>(list: T[], min: number) => list.filter((_, i) => i < min || rand() < 0.7);
  const block = (b: TBlock): TBlock =>
    b.kind === "paragraph" ? { ...b, text: w(b.text) } : b.kind === "list" ? { ...b, items: b.items.map(w) } : b;
  return {
    ...seed,
    ...head,
    minutes: 10 + Math.floor(rand() * 20),
    eli5: seed.eli5 && w(seed.eli5),
    sections: keep(seed.sections, 3).map((s) => ({ ...s, heading: w(s.heading), blocks: s.blocks.map(block) })),
    recall: keep(seed.recall, 3).map((r) => ({ ...r, prompt: w(r.prompt) })),
    interview: keep(seed.interview, 2).map((q) => ({ ...q, question: w(q.question), answer: w(q.answer) })),
    inTheWild: seed.inTheWild.map(w),
  };
}

function toRendered(ch: TChapter, next: TNext, count: number): string {
  const out = [
    `${pad(ch.number, count)}. ${ch.title} — ${ch.tagline}¶`,
    `⏱️ Estimated time: ${ch.minutes} min | Level: ${ch.level}`,
    `ELI5 callback: ${ch.eli5}`,
  ];
  for (const s of ch.sections) {
    out.push(`${s.heading}¶`);
    for (const b of s.blocks) {
      if (b.kind === "paragraph") out.push(b.text);
      else if (b.kind === "list") out.push(...b.items.map((i) => `- ${i}`));
      else out.push(...(b.caption ? [b.caption] : []), b.text);
    }
  }
  out.push("Where this lives in the wild¶", ...ch.inTheWild.map((i) => `- ${i}`));
  out.push("Pause and recall¶", ...ch.recall.map((r) => `- ${r.prompt}`));
  out.push(
    "Interview Q&A¶",
    ...ch.interview.map((q) => `Q: ${q.question} A: ${q.answer} Common wrong answer to avoid: “${q.wrongAnswer}”`),
  );
  out.push(`Apply now (${ch.applyNow?.minutes ?? 5} min)¶`, ch.applyNow?.text ?? "");
  out.push(`Bridge. ${ch.bridge}${next ? ` → ${pad(next.number, count)} → ${next.file}` : ""}`);
  return out.join("\n");
}

function toMarkdown(ch: TChapter, next: TNext, count: number): string {
  const out = [
    `# ${pad(ch.number, count)}. ${ch.title} — ${ch.tagline}`,
    "",
    `*⏱️ Estimated time: ${ch.minutes} min | Level: ${ch.level}*`,
    "",
    wrap(`**ELI5 callback:** ${ch.eli5}`),
    "",
  ];
  for (const s of ch.sections) {
    out.push(`## ${s.heading}`, "");
    for (const b of s.blocks) {
      if (b.kind === "paragraph") out.push(wrap(b.text), "");
      else if (b.kind === "list") out.push(...b.items.map((i) => `- ${i}`), "");
      else out.push(...(b.caption ? [b.caption, ""] : []), "```", b.text, "```", "");
    }
  }
  out.push("## Where this lives in the wild", "", ...ch.inTheWild.map((i) => `- ${i}`), "");
  out.push("## Pause and recall", "", ...ch.recall.map((r) => `* ${r.prompt}`), "");
  out.push("## Interview Q&A", "");
  for (const q of ch.interview)
    out.push(
      `**Q:** ${q.question}`,
      "",
      wrap(`**A:** ${q.answer}`),
      "",
      `*Common wrong answer to avoid:* “${q.wrongAnswer}”`,
      "",
    );
  out.push(`## Apply now (${ch.applyNow?.minutes ?? 5} min)`, "", wrap(ch.applyNow?.text ?? ""), "");
  const link = next ? ` → ${pad(next.number, count)} → [${next.file}](${next.file})` : "";
  out.push(wrap(`**Bridge.** ${ch.bridge}${link}`), "");
  return out.join("\n");
}

/** Hard-wraps at 80 columns, as editors do; the parser joins the lines again. */
function wrap(text: string): string {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    // A line must not start with something markdown reads as a bullet, heading or quote.
    const marker = /^(?:[-*+>#]|\d+[.)])$/.test(word);
    if (line !== "" && line.length + 1 + word.length > 80 && !marker) {
      lines.push(line);
      line = word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  return [...lines, line].join("\n");
}

function titleFor(i: number): string {
  return `${ADJECTIVES[i % ADJECTIVES.length]} ${NOUNS[Math.floor(i / ADJECTIVES.length) % NOUNS.length]} ${i + 1}`;
}

function pad(n: number, count: number): string {
  return String(n).padStart(Math.max(2, String(count).length), "0");
}
