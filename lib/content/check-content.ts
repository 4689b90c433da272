// Parses a set of chapter files and adds the checks that need all of them:
// chapter numbers and slugs must be unique (the database keys lessons on
// both), and a Bridge should point at the file that really has that number.
// Pure: the caller reads the files (see read-content-files.ts).
import { parseChapter } from "./parse-chapter";
import type { TChapter, TCheckResult, TContentError, TContentFile, TParseOptions } from "./types";

export function checkContent(files: readonly TContentFile[], options: TParseOptions = {}): TCheckResult {
  const errors: TContentError[] = [];
  const warnings: TContentError[] = [];
  const parsed: { chapter: TChapter; clean: boolean }[] = [];
  const byNumber = new Map<number, TChapter>();
  const bySlug = new Map<string, TChapter>();

  for (const { file, bytes, answers } of files) {
    const r = parseChapter(bytes, file, answers === undefined ? options : { ...options, answers });
    const fileErrors = [...r.errors];
    warnings.push(...r.warnings);
    const ch = r.chapter;
    if (ch) {
      const sameNumber = byNumber.get(ch.number);
      if (sameNumber) {
        fileErrors.push({ file, line: ch.line, message: `chapter number ${ch.number} is already used by ${sameNumber.file}`, code: "duplicate-number" });
      } else byNumber.set(ch.number, ch);
      const sameSlug = bySlug.get(ch.slug);
      if (sameSlug) {
        fileErrors.push({ file, line: 1, message: `slug "${ch.slug}" is already used by ${sameSlug.file} (same file name in two places?)`, code: "duplicate-slug" });
      } else bySlug.set(ch.slug, ch);
      parsed.push({ chapter: ch, clean: fileErrors.length === 0 });
    }
    errors.push(...fileErrors);
  }

  const last = Math.max(...byNumber.keys());
  for (const { chapter } of parsed) {
    const next = chapter.next;
    if (!next && chapter.number < last) {
      warnings.push({ file: chapter.file, line: chapter.line, message: `no next chapter in the Bridge ("→ ${pad(chapter.number + 1)} → ${pad(chapter.number + 1)}-….md"), but chapter ${last} exists`, code: "bridge-no-next" });
    }
    const target = next ? byNumber.get(next.number) : undefined;
    if (next && target && fileName(target.file) !== next.file) {
      warnings.push({ file: chapter.file, line: next.line, message: `Bridge points to ${next.file}, but chapter ${next.number} is ${fileName(target.file)}`, code: "bridge-mismatch" });
    }
  }
  return { lessons: parsed.filter((p) => p.clean).map((p) => p.chapter), errors, warnings };
}

function fileName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}
