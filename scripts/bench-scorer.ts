// Benchmarks the scorer (issue #20). Every accuracy figure is on questions the
// judge and the cross-encoder were NOT fitted on (scripts/lib/scorer-data.ts).
//   1. Beetle and SciEntsBank held-out questions: 2-way accuracy of the verdict, AUC within questions
//   2. Mohler test split (assignments 7–12): Pearson r at k = 0 and k = 5 graded examples
//   3. hand-written answers (the course's held-out chapters, other domains, the contradictions): Spearman ρ,
//      verdicts right, wrong answers called correct, false flags, misconceptions flagged
//   4. cost: per answer with examples (median, p99), answers/s through the pool, 5,000-character worst case,
//      RSS and start-up the models add
// Usage: DECKHAND_DATASETS=… npm run bench:scorer [-- --only accuracy|cost]
import { closeScorer, forgetTexts, warmScorer } from "@/lib/scoring/embedder";
import type { TGradedExample } from "@/lib/scoring/graded-example";
import { scoreAnswer } from "@/lib/scoring/score-answer";
import type { TScoreInput, TScoreResult } from "@/lib/scoring/types";
import { fmt, formatTable, percentile } from "./lib/bench-table";
import { MISCONCEPTION_KINDS, readScorerData, type TDataItem } from "./lib/scorer-data";
import { OTHER_DOMAINS_PATH, readContradictions, readScorerSet, type TScorerSetItem } from "./lib/evaluate-scorer-set";
import { accuracy, pearson, pooledAuc, spearman } from "./lib/scorer-eval";
import { mulberry32 } from "./lib/seeded-random";
import { worstCaseAnswers } from "./lib/worst-case-answers";
import { execSync } from "node:child_process";

const args = process.argv.slice(2);
const only = args.includes("--only") ? args[args.indexOf("--only") + 1] : undefined;
const load = () =>
  execSync("uptime")
    .toString()
    .trim()
    .replace(/.*load average/, "load average");

const rss0 = process.memoryUsage().rss;
const t0 = performance.now();
await warmScorer();
const startup = performance.now() - t0;
const rssModel = process.memoryUsage().rss - rss0;

/** Scores many inputs with a bounded number in flight (the gate runs one task per core but one, plus one it lends). */
async function scoreAll(inputs: readonly TScoreInput[], inFlight = 8): Promise<TScoreResult[]> {
  const out: TScoreResult[] = new Array(inputs.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (next < inputs.length) {
        const i = next++;
        out[i] = await scoreAnswer(inputs[i]!);
      }
    }),
  );
  return out;
}

const input = (it: TDataItem, examples?: TGradedExample[]): TScoreInput => ({
  question: it.question,
  reference: it.reference,
  answer: it.answer,
  ...(it.wrongAnswer ? { wrongAnswer: it.wrongAnswer } : {}),
  ...(examples ? { examples } : {}),
});
const valid = (it: TDataItem) => it.answer.length <= 5000;

if (!only || only === "accuracy") {
  const data = readScorerData().filter((it) => it.heldOut && valid(it));
  const rows: string[][] = [];
  for (const source of ["beetle", "scientsbank"] as const) {
    const items = data.filter((it) => it.source === source);
    const res = await scoreAll(items.map((it) => input(it)));
    const scored = items.map((it, i) => ({
      qid: it.qid,
      positive: it.target === 1,
      score: res[i]!.score,
      predicted: res[i]!.verdict === "correct",
    }));
    const contra = items
      .map((it, i) => ({ ...scored[i]!, keep: it.target === 1 || it.label === "contradictory" }))
      .filter((s) => s.keep);
    rows.push([
      source,
      String(new Set(items.map((i) => i.qid)).size),
      String(items.length),
      fmt(accuracy(scored), 3),
      fmt(pooledAuc(scored), 3),
      source === "beetle" ? fmt(pooledAuc(contra), 3) : "–",
    ]);
  }
  console.log(`1. Held-out questions (never fitted on) — ${load()}`);
  console.log(
    formatTable(["set", "questions", "answers", "2-way acc (verdict)", "AUC within q", "contradiction ranking"], rows),
  );

  const mohler = data.filter((it) => it.source === "mohler");
  const k0 = await scoreAll(mohler.map((it) => input(it)));
  // k = 5: for each answer, five other graded answers to the same question (seeded), as the app's examples.
  const rand = mulberry32(5);
  const byQ = new Map<string, TDataItem[]>();
  for (const it of mohler) byQ.set(it.qid, [...(byQ.get(it.qid) ?? []), it]);
  const k5in = mohler.map((it) => {
    const others = byQ.get(it.qid)!.filter((o) => o !== it);
    const picked = [...others].sort(() => rand() - 0.5).slice(0, 5);
    return input(
      it,
      picked.map((o) => ({ answer: o.answer, grade: o.target * 5 })),
    );
  });
  const k5 = await scoreAll(k5in);
  const grades = mohler.map((it) => it.target * 5);
  console.log(`\n2. Mohler test split (assignments 7–12, ${mohler.length} answers) — ${load()}`);
  console.log(
    formatTable(
      ["k", "Pearson r"],
      [
        [
          "0",
          fmt(
            pearson(
              k0.map((r) => r.score),
              grades,
            ),
            3,
          ),
        ],
        [
          "5",
          fmt(
            pearson(
              k5.map((r) => r.score),
              grades,
            ),
            3,
          ),
        ],
      ],
    ),
  );

  const course = data.filter((it) => it.source === "course");
  const cr = await scoreAll(course.map((it) => input(it)));
  // A hand-written answer to a card of the graded sets, never fitted on.
  const handWritten = (card: TScorerSetItem, answer: string, target: number, label: string): TDataItem => ({
    source: "course",
    qid: card.questionKey,
    heldOut: true,
    fold: "held",
    question: card.question,
    reference: card.reference,
    ...(card.wrongAnswer ? { wrongAnswer: card.wrongAnswer } : {}),
    answer,
    target,
    label,
  });
  // Questions from outside the course (git, TLS, SQL, DNS, …), hand-graded.
  const other = readScorerSet("other", OTHER_DOMAINS_PATH).map((o) => handWritten(o, o.answer, o.grade / 5, o.kind));
  const or = await scoreAll(other.map((it) => input(it)));
  // Hand-written contradictions of every interview question (never fitted on): each must not be called correct.
  const cards = new Map(
    readScorerSet("tune")
      .concat(readScorerSet("holdout"))
      .map((g) => [g.questionKey, g]),
  );
  const contradictions = readContradictions().map((c) =>
    handWritten(cards.get(c.questionKey)!, c.answer, 0, "contradiction"),
  );
  const ctr = await scoreAll(contradictions.map((it) => input(it)));
  const row = (name: string, items: TDataItem[], res: TScoreResult[]) => {
    const at = items.map((it, i) => ({ it, r: res[i]! }));
    const isRight = ({ it }: (typeof at)[number]) => it.target >= 0.7 && !MISCONCEPTION_KINDS.has(it.label);
    const right = at.filter(isRight);
    const wrong = at.filter((x) => !isRight(x));
    const para = at.filter(({ it }) => MISCONCEPTION_KINDS.has(it.label) && it.label !== "exact-wrong");
    const exact = at.filter(({ it }) => it.label === "exact-wrong");
    // The verdict a user reads: "correct" exactly for answers graded right (≥ 3.5 of 5, not the misconception).
    const verdictRight = at.filter((x) => (x.r.verdict === "correct") === isRight(x)).length;
    const ranks = new Set(items.map((it) => it.target)).size > 1;
    return [
      name,
      String(items.length),
      ranks
        ? fmt(
            spearman(
              res.map((r) => r.score),
              items.map((it) => it.target),
            ),
            3,
          )
        : "–",
      `${verdictRight}/${items.length}`,
      `${wrong.filter((x) => x.r.verdict === "correct").length}/${wrong.length}`,
      `${right.filter((x) => x.r.wrongAnswerMatch).length}/${right.length}`,
      `${para.filter((x) => x.r.wrongAnswerMatch).length}/${para.length}`,
      `${exact.filter((x) => x.r.wrongAnswerMatch).length}/${exact.length}`,
    ];
  };
  console.log(`\n3. Hand-graded course answers, held-out chapters, other domains and contradictions — ${load()}`);
  console.log(
    formatTable(
      [
        "set",
        "answers",
        "Spearman ρ",
        "verdicts right (correct ↔ graded right)",
        "wrong answers called correct",
        "false flags (right answers)",
        "paraphrased misconceptions flagged",
        "exact wrong answers flagged",
      ],
      [
        row("course held-out chapters", course, cr),
        row("other domains", other, or),
        row("hand-written contradictions", contradictions, ctr),
      ],
    ),
  );
}

if (!only || only === "cost") {
  const course = readScorerData(["course"]).filter((it) => it.heldOut && valid(it) && it.answer.trim());
  const rand = mulberry32(7);
  // One set of 5 graded examples per question, as the app keeps per question (its prepared form is cached per question and set).
  const examplesOf = new Map<string, TGradedExample[]>();
  for (const it of course) {
    if (!examplesOf.has(it.qid))
      examplesOf.set(
        it.qid,
        course
          .filter((o) => o.qid === it.qid)
          .sort(() => rand() - 0.5)
          .slice(0, 5)
          .map((o) => ({ answer: o.answer, grade: o.target * 5 })),
      );
  }
  const withExamples = course.map((it) => input(it, examplesOf.get(it.qid)));
  // Warm: each card and its examples seen once (as on a server that has served the card before); every timed answer is new to the caches.
  await scoreAll(
    withExamples.map((x) => ({ ...x, answer: x.reference })),
    2,
  );
  const times: number[] = [];
  const cpu: number[] = [];
  for (const x of withExamples) {
    forgetTexts();
    const c = process.cpuUsage();
    const s = performance.now();
    await scoreAnswer(x);
    times.push(performance.now() - s);
    const d = process.cpuUsage(c);
    cpu.push((d.user + d.system) / 1000);
  }
  forgetTexts();
  const s = performance.now();
  await scoreAll(withExamples, 16);
  const fresh = withExamples;
  const perSecond = fresh.length / ((performance.now() - s) / 1000);
  const worst = worstCaseAnswers(9);
  const worstTimes: number[] = [];
  for (const w of worst) {
    const ws = performance.now();
    await scoreAnswer({ ...withExamples[0]!, answer: w.answer });
    worstTimes.push(performance.now() - ws);
  }
  console.log(`\n4. Cost, warm, with 5 examples (${times.length} answers, one at a time) — ${load()}`);
  console.log(
    formatTable(
      [
        "median ms",
        "p99 ms",
        "CPU ms median (all threads)",
        "answers/s (pool, 16 in flight)",
        "5,000-char worst ms (max of 13 shapes)",
        "RSS the models add MB",
        "start-up (load + warm) ms",
      ],
      [
        [
          fmt(percentile(times, 50)),
          fmt(percentile(times, 99)),
          fmt(percentile(cpu, 50)),
          fmt(perSecond, 0),
          fmt(Math.max(...worstTimes), 0),
          fmt(rssModel / 2 ** 20, 0),
          fmt(startup, 0),
        ],
      ],
    ),
  );
}
await closeScorer();
