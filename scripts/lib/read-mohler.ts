import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { datasetPath } from "./datasets-dir";

export interface TMohlerItem {
  id: string;
  assignment: number;
  split: "dev" | "test";
  question: string;
  reference: string;
  answer: string;
  grade: number;
}

export const DEFAULT_MOHLER_DIR = datasetPath("asag-mohler");

/** Joins answers.csv to questions.csv; dev = assignments 1–6, test = 7–12 (see the data set README). */
export function readMohler(dir = process.env.MOHLER_DIR ?? DEFAULT_MOHLER_DIR): TMohlerItem[] {
  const questions = parse(readFileSync(join(dir, "questions.csv")), {
    columns: true,
    skip_empty_lines: true,
  }) as Record<string, string>[];
  const answers = parse(readFileSync(join(dir, "answers.csv")), { columns: true, skip_empty_lines: true }) as Record<
    string,
    string
  >[];
  const byId = new Map(questions.map((q) => [q.id ?? "", q]));
  return answers.map((a) => {
    const id = a.id ?? "";
    const q = byId.get(id);
    if (!q) throw new Error(`answers.csv: unknown question id ${id}`);
    const assignment = Number(id.split(".")[0]);
    return {
      id,
      assignment,
      split: assignment <= 6 ? "dev" : "test",
      question: q.question ?? "",
      reference: q.answer ?? "",
      answer: a.answer ?? "",
      grade: Number(a.score),
    };
  });
}
