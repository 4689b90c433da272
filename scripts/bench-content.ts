// `npm run bench:content [-- --count 500 --keep]`: how long `content check`
// takes on a large course. Generates synthetic chapters (half rendered text,
// half markdown) into a temp folder, then times reading + checking them twice:
// a first run (cold: includes loading the wink-nlp model) and an unchanged
// second run; then imports them into a fresh database, first and unchanged.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { checkContent } from "@/lib/content/check-content";
import { readContentFiles } from "@/lib/content/read-content-files";
import { generateChapters, writeGeneratedChapters } from "./lib/generate-chapters";
import { benchImport, formatImportTable } from "./lib/bench-import";

const ROOT = path.resolve(import.meta.dirname, "..");
const SEED = ["content/01-containers-and-images.txt", "tests/fixtures/content/01-containers-and-images.txt"]
  .map((p) => path.join(ROOT, p))
  .find((p) => fs.existsSync(p));

export type TBenchRow = {
  run: string;
  files: number;
  readMs: number;
  checkMs: number;
  errors: number;
  warnings: number;
};

export async function timeCheck(dir: string, run: string): Promise<TBenchRow> {
  const t0 = performance.now();
  const files = await readContentFiles([dir]);
  const t1 = performance.now();
  const result = checkContent(files);
  const t2 = performance.now();
  return {
    run,
    files: files.length,
    readMs: t1 - t0,
    checkMs: t2 - t1,
    errors: result.errors.length,
    warnings: result.warnings.length,
  };
}

export function formatTable(rows: readonly TBenchRow[]): string {
  const head = ["run", "chapters", "read ms", "check ms", "total ms", "ms/chapter", "errors", "warnings"];
  const body = rows.map((r) => {
    const total = r.readMs + r.checkMs;
    return [
      r.run,
      String(r.files),
      r.readMs.toFixed(0),
      r.checkMs.toFixed(0),
      total.toFixed(0),
      (total / r.files).toFixed(2),
      String(r.errors),
      String(r.warnings),
    ];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  return [line(head), line(widths.map((w) => "-".repeat(w))), ...body.map(line)].join("\n");
}

async function main() {
  const { values } = parseArgs({
    options: { count: { type: "string", default: "500" }, keep: { type: "boolean", default: false } },
  });
  const count = Number(values.count);
  if (!SEED) throw new Error("seed chapter not found (content/01-containers-and-images.txt)");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "deckhand-bench-"));
  try {
    const t0 = performance.now();
    writeGeneratedChapters(dir, generateChapters(count, fs.readFileSync(SEED, "utf8")));
    console.log(`generated ${count} chapters in ${(performance.now() - t0).toFixed(0)} ms into ${dir}\n`);
    const rows = [await timeCheck(dir, "first"), await timeCheck(dir, "unchanged")];
    console.log(formatTable(rows));
    if (rows.some((r) => r.errors > 0)) return void (process.exitCode = 1);
    console.log(`\nimport of the same ${count} chapters (one transaction each run, one user's cards included):`);
    console.log(formatImportTable(await benchImport(checkContent(await readContentFiles([dir])).lessons)));
  } finally {
    if (!values.keep) fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) await main();
