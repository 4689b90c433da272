// The graded answers the judge is fitted and measured on, one shape for all
// four sets. Whole questions are held out (never fitted on): Beetle and
// SciEntsBank by a fixed hash of the question id, Mohler by its own split
// (assignments 7–12), the course set by its own split (chapters).
// The rest is cut, by question, into fold A and fold B
// (scripts/model/train_cross_encoder.py mirrors this): the logistic judge is
// fitted on fold B with a cross-encoder trained on fold A only, so it sees
// that model on questions it did not train on; the shipped one trains on both.
import { readFileSync } from "node:fs";
import path from "node:path";
import { datasetsDir } from "./datasets-dir";
import { readMohler } from "./read-mohler";

export type TSource = "beetle" | "scientsbank" | "mohler" | "course";

export interface TDataItem {
  source: TSource;
  qid: string;
  heldOut: boolean;
  fold: "A" | "B" | "held";
  question: string;
  reference: string;
  wrongAnswer?: string;
  answer: string;
  /** 0–1: how right the graders found it (2-way sets: 0 or 1). */
  target: number;
  /** The set's own label or kind (beetle: contradictory, …; course: exact-wrong, own-words, …). */
  label: string;
}

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** A fixed third of the questions, by FNV-1a of the id. */
export function isHeldOutQuestion(qid: string): boolean {
  return fnv1a(qid) % 3 === 0;
}

function hashFold(qid: string): "A" | "B" | "held" {
  const h = fnv1a(qid);
  return h % 3 === 0 ? "held" : Math.floor(h / 3) % 3 === 0 ? "B" : "A";
}

function jsonl<T>(file: string): T[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

type TSra = { qid: string; question: string; reference: string; answer: string; label: string };

export function readScorerData(
  sources: readonly TSource[] = ["beetle", "scientsbank", "mohler", "course"],
): TDataItem[] {
  const dir = datasetsDir();
  const out: TDataItem[] = [];
  for (const source of sources) {
    if (source === "beetle" || source === "scientsbank") {
      const file = path.join(dir, source === "beetle" ? "beetle-sra" : "scientsbank-sra", "train.jsonl");
      for (const r of jsonl<TSra>(file)) {
        out.push({
          source,
          qid: r.qid,
          heldOut: isHeldOutQuestion(r.qid),
          fold: hashFold(r.qid),
          question: r.question,
          reference: r.reference,
          answer: r.answer,
          target: r.label === "correct" ? 1 : 0,
          label: r.label,
        });
      }
    } else if (source === "mohler") {
      for (const r of readMohler(path.join(dir, "asag-mohler"))) {
        out.push({
          source,
          qid: r.id,
          heldOut: r.split === "test",
          fold: r.split === "test" ? "held" : hashFold(r.id) === "A" ? "A" : "B",
          question: r.question,
          reference: r.reference,
          answer: r.answer,
          target: r.grade / 5,
          label: String(r.grade),
        });
      }
    } else {
      type TCourse = {
        questionKey: string;
        question: string;
        reference: string;
        wrongAnswer: string | null;
        answer: string;
        grade: number;
        kind: string;
        split: string;
      };
      for (const r of jsonl<TCourse>("tests/fixtures/scorer/graded-answers.jsonl")) {
        out.push({
          source,
          qid: r.questionKey,
          heldOut: r.split === "holdout",
          fold: r.split === "holdout" ? "held" : hashFold(r.questionKey) === "B" ? "B" : "A",
          question: r.question,
          reference: r.reference,
          ...(r.wrongAnswer ? { wrongAnswer: r.wrongAnswer } : {}),
          answer: r.answer,
          target: r.grade / 5,
          label: r.kind,
        });
      }
    }
  }
  return out;
}

/** Kinds of the course set that assert the card's misconception: the flag's positives. */
export const MISCONCEPTION_KINDS = new Set(["exact-wrong", "wrong-paraphrased", "wrong-hedged", "wrong-embedded"]);
