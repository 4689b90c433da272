// Benchmarks the free-text scorer (issue #10, #9 item 1). One table each:
//   1. hand-graded held-out answers (tests/fixtures/scorer, split "holdout": never tuned on)
//   2. Mohler ASAG Pearson r, no examples and with k graded examples per question
//   3. Beetle (SemEval-2013): 2-way accuracy and contradiction ranking on held-out questions
//   4. latency per answer with examples (median, p99)
//   5. worst case (constructed answers) beside the median
// Usage: npm run bench:scorer [-- --only graded|mohler|beetle|latency|worst]
import { scoreAnswer } from "@/lib/scoring/score-answer";
import type { TGradedExample } from "@/lib/scoring/graded-example";
import { benchWorstCase } from "./lib/bench-worst-case";
import { evaluateBeetle } from "./lib/evaluate-beetle";
import { evaluateScorerSet, OTHER_DOMAINS_PATH, readScorerSet } from "./lib/evaluate-scorer-set";
import { kshotPearson, prepareKshot } from "./lib/mohler-kshot";
import { readMohler, type TMohlerItem } from "./lib/read-mohler";
import { mulberry32 } from "./lib/seeded-random";
import { mean, median, pearson } from "./lib/stats";

const args = process.argv.slice(2);
const only = args.includes("--only") ? args[args.indexOf("--only") + 1] : undefined;
const want = (name: string) => !only || only === name;
const SEEDS = [1, 2, 3, 4, 5];
const pct = (a: number, b: number) => `${a}/${b} (${b ? ((100 * a) / b).toFixed(0) : "–"} %)`;
const ms = (x: number) => (x < 1 ? `${(x * 1000).toFixed(0)} µs` : `${x.toFixed(2)} ms`);

function percentile(xs: readonly number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? Number.NaN;
}

const t0 = performance.now();
scoreAnswer({ question: "What is a stack?", reference: "A last-in first-out data structure.", answer: "LIFO structure" });
console.log(`first call (wink model + WordNet index): ${(performance.now() - t0).toFixed(0)} ms\n`);

if (want("graded")) {
  const r = evaluateScorerSet(readScorerSet("holdout"));
  console.log(`1. Hand-graded held-out answers: ${r.n} answers, ${r.questions} questions, chapters ${r.chapters.join(", ")} (never tuned on)`);
  console.table([
    {
      "Spearman ρ": r.spearman.toFixed(3),
      "false misconception flags (grade ≥ 3.5)": pct(r.falseFlags, r.goodAnswers),
      "exact wrong answers flagged": pct(r.exactFlagged, r.exactTotal),
      "paraphrased/hedged/embedded wrong flagged": pct(r.paraphrasedFlagged, r.paraphrasedTotal),
    },
  ]);
  console.table(r.byKind);
  const o = evaluateScorerSet(readScorerSet("other", OTHER_DOMAINS_PATH));
  console.log(`1b. Other domains: ${o.n} answers, ${o.questions} questions from outside the course (never tuned on)`);
  console.table([
    {
      "Spearman ρ": o.spearman.toFixed(3),
      "false misconception flags (grade ≥ 3.5)": pct(o.falseFlags, o.goodAnswers),
      "paraphrased/hedged wrong flagged": pct(o.paraphrasedFlagged, o.paraphrasedTotal),
      "negated/swapped called correct": o.rows.filter((x) => (x.item.kind === "negated" || x.item.kind === "swapped-roles") && x.result.verdict === "correct").length,
    },
  ]);
}

let mohler: TMohlerItem[] | undefined;
if (want("mohler") || want("latency")) mohler = readMohler();

if (want("mohler") && mohler) {
  const prepared = prepareKshot(mohler);
  const splits = [
    ["dev", (i: TMohlerItem) => i.split === "dev"],
    ["test", (i: TMohlerItem) => i.split === "test"],
    ["all", () => true],
  ] as const;
  const rows = splits.map(([name, keep]) => {
    const subset = prepared.filter((p) => keep(p.item));
    const row: Record<string, string | number> = { split: name, n: subset.length, "k=0": pearson(subset.map((s) => s.score), subset.map((s) => s.item.grade)).toFixed(3) };
    for (const k of [3, 5, 10]) row[`k=${k}`] = mean(kshotPearson(subset, k, SEEDS)).toFixed(3);
    return row;
  });
  console.log("2. Mohler ASAG, Pearson r (k = graded examples per question drawn from its answers with a fixed seed, scored on the rest; mean of 5 seeds; blend tuned on dev)");
  console.table(rows);
}

if (want("beetle")) {
  const { tune, heldOut } = evaluateBeetle();
  console.log("3. Beetle (SemEval-2013 Task 7, train.jsonl split by question: a fixed third of the questions held out; cut-off fitted on the rest)");
  console.table(
    [
      ["tune questions", tune],
      ["held-out questions", heldOut],
    ].map(([name, r]) => {
      const x = r as typeof tune;
      return { part: name as string, questions: x.questions, answers: x.n, "cut-off": x.cutoff, "2-way accuracy": x.accuracy.toFixed(3), "contradiction ranking": x.contradictionRanking.toFixed(3) };
    }),
  );
}

let medianWarm = Number.NaN;
if (want("latency") && mohler) {
  // k = 10 examples per question from its own answers; every other answer scored with them, twice (first sight, then warm).
  const byQ = new Map<string, TMohlerItem[]>();
  for (const m of mohler) byQ.set(m.id, [...(byQ.get(m.id) ?? []), m]);
  const rand = mulberry32(7);
  const jobs: { item: TMohlerItem; examples: TGradedExample[] }[] = [];
  for (const answers of byQ.values()) {
    const shuffled = answers.map((a) => ({ a, r: rand() })).sort((x, y) => x.r - y.r).map((x) => x.a);
    const examples = shuffled.slice(0, 10).map((e) => ({ answer: e.answer, grade: e.grade, source: "review" as const, labeller: `u${Math.floor(rand() * 1000)}` }));
    for (const item of shuffled.slice(10)) jobs.push({ item, examples });
  }
  // Wall time, and this process's CPU time per call: on a shared machine the wall-time tail measures the neighbours.
  const cpu = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  const time = () => {
    const wall: number[] = [];
    const work: number[] = [];
    for (const { item, examples } of jobs) {
      const s = performance.now();
      const c = cpu();
      scoreAnswer({ question: item.question, reference: item.reference, answer: item.answer, examples });
      work.push(cpu() - c);
      wall.push(performance.now() - s);
    }
    return { wall, work };
  };
  const first = time();
  const warm = time();
  medianWarm = median(warm.wall);
  const row = (pass: string, t: { wall: number[]; work: number[] }) => ({
    pass,
    "median (wall)": ms(median(t.wall)),
    "p99 (wall)": ms(percentile(t.wall, 0.99)),
    "median (CPU)": ms(median(t.work)),
    "p99 (CPU)": ms(percentile(t.work, 0.99)),
  });
  console.log(`4. Latency per answer with 10 graded examples per question (Mohler, ${jobs.length} answers)`);
  console.table([row("first sight (card + examples prepared)", first), row("warm (as in daily use)", warm)]);
}

if (want("worst")) {
  console.log(`5. Worst case: constructed answers ≤ 5,000 chars, each on fresh words (median answer, warm: ${Number.isNaN(medianWarm) ? "run without --only" : ms(medianWarm)})`);
  console.table(benchWorstCase());
}
