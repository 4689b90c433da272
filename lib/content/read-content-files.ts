// The only part of lib/content that touches the file system: turns the CLI's
// paths into chapter files. Folders are read one level deep (a chapters
// folder may hold drafts/ or images/ that are not chapters) and README.md,
// the author guide, is skipped. Bytes are returned raw so the parser can
// reject non-UTF-8 files with a line number.
import fs from "node:fs/promises";
import path from "node:path";
import type { TContentFile } from "./types";
import { OVERLAY_SUFFIX } from "./parse-answer-overlay";

const CHAPTER = /\.(?:md|txt)$/i;

export async function readContentFiles(paths: readonly string[]): Promise<TContentFile[]> {
  const found = new Set<string>();
  for (const p of paths) {
    const stat = await fs.stat(p).catch(() => null);
    if (!stat) throw new Error(`no such file or folder: ${p}`);
    if (stat.isDirectory()) {
      for (const entry of await fs.readdir(p, { withFileTypes: true })) {
        if (entry.isFile() && isChapterName(entry.name)) found.add(path.join(p, entry.name));
      }
    } else if (isChapterName(path.basename(p))) found.add(path.normalize(p));
  }
  // Code-point order, not locale order: the same on every machine.
  const files = [...found].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  // A chapter's answer overlay sits beside it: 01-intro.txt → 01-intro.answers.json.
  return Promise.all(files.map(async (file) => {
    const overlay = file.replace(/\.(?:md|txt)$/i, OVERLAY_SUFFIX);
    const answers = await fs.readFile(overlay, "utf8").catch((e: NodeJS.ErrnoException) => {
      if (e.code === "ENOENT") return undefined;
      throw e;
    });
    return { file, bytes: await fs.readFile(file), ...(answers === undefined ? {} : { answers }) };
  }));
}

function isChapterName(name: string): boolean {
  return CHAPTER.test(name) && name.toLowerCase() !== "readme.md";
}
