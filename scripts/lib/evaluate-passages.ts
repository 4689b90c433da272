// Passage choice against the hand-labelled recall set
// (tests/fixtures/recall-passages.jsonl: every recall question of every chapter
// → the consecutive lesson sentences that answer it). A choice is right when it
// holds every labelled sentence and is at most three sentences long.
import fs from "node:fs";
import path from "node:path";
import { parseChapter } from "@/lib/content/parse-chapter";
import { createPassageFinder, type TPassage } from "@/lib/content/find-answer-passage";
import type { TSection } from "@/lib/content/types";

export type TLabel = { chapter: string; question: string; answer: string[] };
export type TPassageResult = TLabel & { chosen: string[]; right: boolean; rough: boolean };
export const MAX_SENTENCES = 3;

export function readLabels(file: string): TLabel[] {
  return fs
    .readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as TLabel);
}

export function isRight(label: TLabel, chosen: readonly string[]): boolean {
  return chosen.length <= MAX_SENTENCES && label.answer.every((s) => chosen.includes(s));
}

/** Runs `finderFor` (a passage finder, this one or an older one) over the chapters in `dir`. */
export function evaluatePassages(
  dir: string,
  labels: readonly TLabel[],
  finderFor: (sections: readonly TSection[]) => (q: string) => TPassage | null = createPassageFinder,
): { results: TPassageResult[]; accuracy: number; unlabelled: string[] } {
  const byChapter = new Map<string, (q: string) => TPassage | null>();
  const prompts: string[] = [];
  for (const file of fs
    .readdirSync(dir)
    .filter((f) => /\.(md|txt)$/.test(f))
    .sort()) {
    const chapter = parseChapter(fs.readFileSync(path.join(dir, file)), file).chapter;
    if (!chapter) throw new Error(`${file} does not parse`);
    byChapter.set(file, finderFor(chapter.sections));
    for (const r of chapter.recall) prompts.push(`${file}\t${r.prompt}`);
  }
  const results = labels.map((l) => {
    const found = byChapter.get(l.chapter)?.(l.question) ?? null;
    const chosen = found?.sentences ?? [];
    return { ...l, chosen, right: isRight(l, chosen), rough: found?.rough ?? true };
  });
  const labelled = new Set(labels.map((l) => `${l.chapter}\t${l.question}`));
  return {
    results,
    accuracy: results.filter((r) => r.right).length / results.length,
    unlabelled: prompts.filter((p) => !labelled.has(p)),
  };
}
