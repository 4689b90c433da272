import { alignAnswer } from "./align-answer";
import { analyzeSteps, runSync, type TToken } from "./analyze-text";
import { blendExamples } from "./blend-examples";
import { blendAnswerOf } from "./match-example";
import { examplesSignature, exampleCache, prepareExample, prepareExampleSet, type TPreparedExample } from "./prepare-examples";
import { EXAMPLE_CHARS, selectExamples, type TGradedExample } from "./graded-example";
import { AnswerTooLongError } from "./answer-too-long-error";
import { buildConcepts } from "./build-concepts";
import { combineScore, STUFFING_CAP, WRONG_ANSWER_CAP } from "./combine-score";
import { decideVerdict } from "./decide-verdict";
import { contradictsLikeWrong } from "./contradicts-like-wrong";
import { findContradictions } from "./find-contradictions";
import { DONT_KNOW } from "./function-words";
import { isWrongAnswer } from "./is-wrong-answer";
import { impliedYesNo } from "./read-implied-answer";
import { matchWrongAnswer } from "./match-wrong-answer";
import { measureCoverage } from "./measure-coverage";
import { leadingYesNo, prepareReference, QUESTION_WORD_FACTOR, type TPreparedReference } from "./prepare-reference";
import { suggestRating } from "./suggest-rating";
import { MAX_ANSWER_CHARS, type TScoreInput, type TScoreResult } from "./types";
import { writeFeedback } from "./write-feedback";

/**
 * Hard time budget for reading one answer (ms). Reading stops at the first
 * piece boundary past it and the rest of the answer is not scored (the
 * result says `truncated`); everything after reading is linear in the
 * tokens read (at most MAX_SCORED_TOKENS), so a call stays within a few
 * times this budget even on a loaded machine.
 */
export const SCORE_BUDGET_MS = 6;
/** How much of the answer is searched for note signs ("->", "=") when telling notes from a keyword list: bounded, as everything else. */
const NOTE_SCAN_CHARS = 2_000;

/**
 * Grades a typed answer against a model answer like a fair interviewer:
 * offline, deterministic, and with a reason. Pure apart from lazily loading
 * the wink model and WordNet on first use (see README "Performance").
 * Blocks the thread for its whole run; servers use scoreAnswerAsync.
 *
 * @throws AnswerTooLongError when `answer` exceeds MAX_ANSWER_CHARS (5,000).
 */
export function scoreAnswer(input: TScoreInput, now: () => number = performance.now.bind(performance)): TScoreResult {
  return runSync(scoreSteps(input, now));
}

/**
 * Same result as scoreAnswer, but yields to the event loop between pieces
 * of a long answer, so other requests (health checks included) are served
 * while it is read. Answers of one piece (≤ PIECE_CHARS, nearly all) run
 * without yielding and cost the same as the sync call.
 */
export async function scoreAnswerAsync(input: TScoreInput, now: () => number = performance.now.bind(performance)): Promise<TScoreResult> {
  const steps = scoreSteps(input, now);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}

function* scoreSteps(input: TScoreInput, now: () => number): Generator<void, TScoreResult> {
  const { question, reference, wrongAnswer, answer, seconds, examples } = input;
  if (answer.length > MAX_ANSWER_CHARS) throw new AnswerTooLongError(answer.length);
  const prepared = prepareReference(question, reference, wrongAnswer);
  const started = now();
  const analysis = isBlank(answer) ? { tokens: [], truncated: false } : yield* analyzeSteps(answer, started + SCORE_BUDGET_MS, now);
  const { tokens, truncated } = analysis;
  const empty = tokens.every((t) => !t.isContent);

  const contradictions = findContradictions(prepared, tokens, empty, answer.slice(0, NOTE_SCAN_CHARS));
  const { alignment, stuffing, denied, swaps, blocked } = contradictions;
  const coverage = measureCoverage(alignment, tokens, prepared.questionKeys, QUESTION_WORD_FACTOR, blocked, prepared.referenceKeys, prepared.optionKeys);
  const wrong = prepared.wrong && !empty ? matchWrongAnswer(prepared.wrong, prepared.wrongDistinct, prepared.wrongYesNo, tokens) : undefined;
  const wrongAnswerMatch = wrong !== undefined && isWrongAnswer(wrong, coverage.recall, contradictsLikeWrong(prepared, contradictions, tokens, coverage.recall));

  // "Yes, …" (or "They are encrypted by default", a yes without the word) to a yes/no question the model answer opens with "No"/"Not by default"/"Usually not": the answer's main claim is the opposite.
  const answersOpposite = !empty && prepared.referenceYesNo !== undefined && (leadingYesNo(tokens) ?? impliedYesNo(prepared.question, tokens)) === opposite(prepared.referenceYesNo);
  const misattributed = Math.max(misattributedShare(blocked, alignment), answersOpposite ? OPPOSITE_ANSWER_SHARE : 0);
  const matchScore = empty ? 0 : combineScore({ coverage, misattributed, stuffing, wrongAnswer: wrongAnswerMatch });
  const prepExamples = !empty && examples && examples.length > 0 ? prepareExamples(input, prepared, examples) : [];
  const blend = blendExamples(matchScore, blendAnswerOf(tokens, prepared), prepExamples, misattributed === 0 && !wrongAnswerMatch);
  // The caps still hold after the blend: examples refine a score, they do not excuse a keyword list or the misconception.
  let score = blend.score;
  if (stuffing) score = Math.min(score, STUFFING_CAP);
  if (wrongAnswerMatch) score = Math.min(score, WRONG_ANSWER_CAP);
  const verdict = decideVerdict(score, { empty, wrongAnswer: wrongAnswerMatch });
  const concepts = buildConcepts(prepared.concepts, alignment, tokens, blocked);
  const swap = swaps[0];
  const deniedClause = denied.size > 0 ? Math.min(...denied) : undefined;
  return {
    score,
    verdict,
    rating: suggestRating(verdict, score, answer.trim().length, seconds),
    concepts,
    matched: concepts.filter((c) => c.matched).map((c) => c.text),
    missed: concepts.filter((c) => !c.matched).map((c) => c.text),
    wrongAnswerMatch,
    ...(truncated ? { truncated } : {}),
    ...(blend.used > 0 ? { examplesUsed: blend.used } : {}),
    feedback: writeFeedback({
      verdict,
      concepts,
      reference,
      wrongAnswer,
      deniedClause:
        deniedClause !== undefined ? clauseText(reference, prepared.reference.tokens, deniedClause, denied) : answersOpposite ? clauseText(reference, prepared.reference.tokens, prepared.reference.tokens[0]?.clause ?? 0) : undefined,
      swap: swap && { ...swap, clauseText: clauseText(reference, prepared.reference.tokens, swap.clause) },
      stuffing,
      truncated,
    }),
  };
}

/**
 * Each selected example analysed and scored against the model answer once
 * per question and example set (LRU-cached), so a review costs one cosine
 * per example and NEAREST alignments.
 */
function prepareExamples(input: TScoreInput, card: TPreparedReference, examples: readonly TGradedExample[]): TPreparedExample[] {
  const chosen = selectExamples(examples);
  const key = `${input.question}\u0000${input.reference}\u0000${input.wrongAnswer ?? ""}\u0000${examplesSignature(chosen)}`;
  return exampleCache.getOrSet(key, () =>
    prepareExampleSet(chosen.map((e) => {
      const text = e.answer.slice(0, EXAMPLE_CHARS);
      const own = scoreAnswer({ question: input.question, reference: input.reference, wrongAnswer: input.wrongAnswer, answer: text }, () => 0);
      return prepareExample(text, card, e.grade, own.score, e.labeller);
    })),
  );
}

/** A flat "yes" where the model answer says "no" costs as much as denying almost half of it (score ×0.25). */
const OPPOSITE_ANSWER_SHARE = 0.45;

function opposite(v: "yes" | "no"): "yes" | "no" {
  return v === "yes" ? "no" : "yes";
}

function isBlank(answer: string): boolean {
  const trimmed = answer.trim();
  // Length first: the pattern backtracks on long runs of "?", and no "I don't know" is long.
  return trimmed === "" || (trimmed.length <= 40 && DONT_KNOW.test(trimmed));
}

/** Weighted share of the model answer sitting in clauses the answer denies or swaps. */
function misattributedShare(blocked: ReadonlySet<number>, alignment: ReturnType<typeof alignAnswer>): number {
  if (blocked.size === 0) return 0;
  let total = 0;
  let hit = 0;
  for (const a of alignment.targets) {
    total += a.target.weight;
    if (blocked.has(a.target.token.clause)) hit += a.target.weight;
  }
  return total > 0 ? hit / total : 0;
}

/**
 * The text of a model-answer clause, for feedback; with `along`, the denied
 * clauses right after it in the same sentence too, so a claim the analyser
 * cut at its commas is quoted whole ("They keep compilers, test tools, and
 * temporary artifacts out of production images", not "They keep compilers").
 */
function clauseText(source: string, tokens: readonly TToken[], clause: number, along?: ReadonlySet<number>): string {
  const words = tokens.filter((t) => t.isWord);
  const first = words.find((t) => t.clause === clause);
  if (!first) return "";
  let last = first;
  for (const t of words) {
    if (t.start < first.start || t.sentence !== first.sentence) continue;
    if (t.clause !== clause && !along?.has(t.clause)) break;
    last = t;
  }
  return source.slice(first.start, last.end);
}
