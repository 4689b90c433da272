// The only part of lib/content that touches the file system: turns the CLI's
// paths into chapter files. Folders are read one level deep (a chapters
// folder may hold drafts/ or images/ that are not chapters) and README.md,
// the author guide, is skipped. Bytes are returned raw so the parser can
// reject non-UTF-8 files with a line number.
import fs from "node:fs/promises";
import path from "node:path";
import type { TContentFile } from "./types";

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
  return Promise.all(files.map(async (file) => ({ file, bytes: await fs.readFile(file) })));
}

function isChapterName(name: string): boolean {
  return CHAPTER.test(name) && name.toLowerCase() !== "readme.md";
}
