// How often would a person override the scorer's suggested rating? (issue #24;
// Quizlet reported 13 % of grades overridden before its smart grading.)
// On the hand-graded answers (tests/fixtures/scorer, graded by a strict
// interviewer before the scorer was tuned): each grade becomes the rating that
// person would choose, compared with what the review screen would preselect.
// Easy needs the answer's timing, which the fixture lacks, so Good and Easy
// count as one choice ("Good+"); an empty answer has no suggestion (Good is
// preselected and nothing counts as an override), so it is left out.
// Usage: npm run bench:override
import { scoreForQuestion } from "@/lib/review/score-for-question";
import { readScorerSet, OTHER_DOMAINS_PATH, type TScorerSetItem } from "./lib/evaluate-scorer-set";

/** The rating a person gives an answer of this grade (0–5): the nearest of Again 0.5, Hard 2.5, Good 4 / Easy 5. */
const humanRating = (grade: number) => (grade < 1.5 ? 1 : grade < 3.25 ? 2 : 3);
const NAMES = ["", "Again", "Hard", "Good+"];

async function measure(items: readonly TScorerSetItem[]) {
  const out = {
    n: 0,
    agree: 0,
    harsh: 0,
    lenient: 0,
    passFail: 0,
    empty: 0,
    matrix: [
      [0, 0, 0],
      [0, 0, 0],
      [0, 0, 0],
    ],
  };
  for (const it of items) {
    const scored = await scoreForQuestion(
      { prompt: it.question, modelAnswer: it.reference, wrongAnswer: it.wrongAnswer },
      it.answer,
    );
    if (!scored) {
      out.empty++;
      continue;
    }
    const scorer = Math.min(scored.rating, 3);
    const person = humanRating(it.grade);
    out.n++;
    out.matrix[person - 1]![scorer - 1]!++;
    if (person === scorer) out.agree++;
    else if (person > scorer) out.harsh++;
    else out.lenient++;
    if ((person === 1) !== (scorer === 1)) out.passFail++;
  }
  return out;
}

const pct = (a: number, b: number) => `${b ? ((100 * a) / b).toFixed(1) : "–"} %`;
console.log(
  "| set | answers | agreed | overridden | up (scorer too harsh) | down (too lenient) | Again vs not differs | empty (left out) |",
);
console.log("|---|---|---|---|---|---|---|---|");
const sets = [
  ["tune", readScorerSet("tune")],
  ["holdout", readScorerSet("holdout")],
  ["other domains", readScorerSet("other", OTHER_DOMAINS_PATH)],
] as const;
const matrices: [string, number[][]][] = [];
for (const [name, items] of sets) {
  const m = await measure(items);
  matrices.push([name, m.matrix]);
  console.log(
    `| ${name} | ${m.n} | ${m.agree} | ${m.n - m.agree} (${pct(m.n - m.agree, m.n)}) | ${m.harsh} (${pct(m.harsh, m.n)}) | ${m.lenient} (${pct(m.lenient, m.n)}) | ${pct(m.passFail, m.n)} | ${m.empty} |`,
  );
}
for (const [name, m] of matrices) {
  console.log(`\n${name}: rows = the person's rating, columns = the scorer's suggestion`);
  console.log(`| person \\ scorer | ${NAMES.slice(1).join(" | ")} |\n|---|---|---|---|`);
  m.forEach((row, i) => console.log(`| ${NAMES[i + 1]} | ${row.join(" | ")} |`));
}
