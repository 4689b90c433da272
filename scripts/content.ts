// Course content CLI.
//   npm run content -- check [path…] [--json]   parse + validate (default path: content/)
//   npm run content -- import [path…]           check, then write lessons/questions to DATABASE_URL
// Exit status: 0 fine, 1 content errors (nothing imported), 2 bad usage or unreadable path.
import fs from "node:fs";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { Presets, SingleBar } from "cli-progress";
import { checkContent } from "@/lib/content/check-content";
import { readContentFiles } from "@/lib/content/read-content-files";
import type { TChapter, TCheckResult, TContentError, TContentFile } from "@/lib/content/types";

const USAGE = `usage: npm run content -- check [path…] [--json]
       npm run content -- import [path…]
Paths are chapter files or folders of them (.md/.txt, README.md skipped); default: content/`;

export async function main(argv: readonly string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: { json: { type: "boolean", default: false }, help: { type: "boolean", short: "h", default: false } },
    });
  } catch (e) {
    console.error(`${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  const [command, ...paths] = parsed.positionals;
  if (parsed.values.help) {
    console.log(USAGE);
    return 0;
  }
  if (command !== "check" && command !== "import") {
    console.error(command ? `unknown command "${command}"\n${USAGE}` : USAGE);
    return 2;
  }
  let files: TContentFile[];
  try {
    files = await readContentFiles(paths.length > 0 ? paths : ["content"]);
  } catch (e) {
    console.error(`content: ${(e as Error).message}`);
    return 2;
  }
  const result = checkContent(files);

  if (command === "check" && parsed.values.json) {
    console.log(JSON.stringify(toJson(result)));
    return result.errors.length > 0 ? 1 : 0;
  }
  printReport(files, result);
  if (command === "check" || result.errors.length > 0) {
    if (command === "import" && result.errors.length > 0) console.error("content has errors: nothing imported");
    return result.errors.length > 0 ? 1 : 0;
  }
  // A folder is the whole course it holds: chapters missing from it are retired.
  const complete = (paths.length > 0 ? paths : ["content"]).every((p) => fs.statSync(p).isDirectory());
  return runImport(result.lessons, complete);
}

// Loaded only here, so `check` never pays for Prisma.
async function runImport(lessons: TChapter[], complete: boolean): Promise<number> {
  await import("dotenv/config");
  const [{ importContent }, { getDb }, { ZEnv }] = await Promise.all([
    import("@/lib/content/import-content"),
    import("@/lib/db/client"),
    import("@/lib/env"),
  ]);
  const db = getDb(ZEnv.shape.DATABASE_URL.parse(process.env.DATABASE_URL));
  // A progress bar on a terminal; one line when piped or logged.
  const bar = process.stderr.isTTY
    ? new SingleBar(
        { format: "importing [{bar}] {value}/{total} chapters", stream: process.stderr },
        Presets.shades_classic,
      )
    : null;
  bar?.start(lessons.length, 0);
  const onProgress = (done: number, total: number) => {
    bar?.update(done);
    if (!bar && done === total) process.stderr.write(`imported ${total} chapters\n`);
  };
  try {
    console.log(JSON.stringify(await importContent(db, lessons, { onProgress, complete }), null, 2));
  } finally {
    bar?.stop();
    await db.$disconnect();
  }
  return 0;
}

/** The documented `--json` shape, and nothing more (warnings are for people). */
function toJson(result: TCheckResult) {
  return {
    lessons: result.lessons.map((l) => ({
      file: l.file,
      slug: l.slug,
      number: l.number,
      title: l.title,
      recall: l.recall.map((r) => ({ prompt: r.prompt, answer: r.answer })),
      interview: l.interview.map((q) => ({ question: q.question, answer: q.answer, wrongAnswer: q.wrongAnswer })),
    })),
    errors: result.errors.map((e) => ({ file: e.file, line: e.line, message: e.message })),
  };
}

function printReport(files: readonly TContentFile[], result: TCheckResult) {
  const byFile = (list: TContentError[], file: string) => list.filter((e) => e.file === file);
  for (const { file } of files) {
    const lesson = result.lessons.find((l) => l.file === file);
    const errors = byFile(result.errors, file);
    const warnings = byFile(result.warnings, file);
    if (lesson) {
      const authored = lesson.recall.filter((r) => r.answerSource === "author").length;
      const wrong = lesson.interview.filter((q) => q.wrongAnswer !== null).length;
      console.log(
        `ok  ${file}  #${lesson.number} ${lesson.title}: recall ${lesson.recall.length} (${authored} author-answered), ` +
          `Q&A ${lesson.interview.length}, wrong answers ${wrong}/${lesson.interview.length}, warnings ${warnings.length}`,
      );
    } else console.log(`ERR ${file}: ${errors.length} error(s), warnings ${warnings.length}`);
    for (const e of errors) console.log(`${e.file}:${e.line}: ${e.message}`);
    for (const w of warnings) console.log(`${w.file}:${w.line}: warning: ${w.message}`);
  }
  const n = (k: number, word: string) => `${k} ${word}${k === 1 ? "" : "s"}`;
  console.log(
    `${n(files.length, "file")}, ${n(result.lessons.length, "chapter")} ok, ${n(result.errors.length, "error")}, ${n(result.warnings.length, "warning")}`,
  );
}

// Run only as a script, so tests can import main().
if (process.argv[1] && import.meta.url === pathToFileURL(fs.realpathSync(process.argv[1])).href) {
  process.exitCode = await main(process.argv.slice(2));
}
