import { alignAnswer } from "./align-answer";
import { analyzeText, type TToken } from "./analyze-text";
import { AnswerTooLongError } from "./answer-too-long-error";
import { buildConcepts } from "./build-concepts";
import { combineScore } from "./combine-score";
import { decideVerdict } from "./decide-verdict";
import { detectStuffing } from "./detect-stuffing";
import { findDeniedClauses } from "./find-denied-clauses";
import { findSwappedRoles } from "./find-swapped-roles";
import { DONT_KNOW } from "./function-words";
import { isWrongAnswer } from "./is-wrong-answer";
import { matchWrongAnswer } from "./match-wrong-answer";
import { measureCoverage } from "./measure-coverage";
import { prepareReference, QUESTION_WORD_FACTOR } from "./prepare-reference";
import { suggestRating } from "./suggest-rating";
import { MAX_ANSWER_CHARS, type TScoreInput, type TScoreResult } from "./types";
import { writeFeedback } from "./write-feedback";

/**
 * Grades a typed answer against a model answer like a fair interviewer:
 * offline, deterministic, and with a reason. Pure apart from lazily loading
 * the wink model and WordNet on first use (see README "Performance").
 *
 * @throws AnswerTooLongError when `answer` exceeds MAX_ANSWER_CHARS (5,000).
 */
export function scoreAnswer(input: TScoreInput): TScoreResult {
  const { question, reference, wrongAnswer, answer, seconds } = input;
  if (answer.length > MAX_ANSWER_CHARS) throw new AnswerTooLongError(answer.length);
  const prepared = prepareReference(question, reference, wrongAnswer);
  const tokens = isBlank(answer) ? [] : analyzeText(answer);
  const empty = tokens.every((t) => !t.isContent);

  const alignment = alignAnswer(prepared.reference.targets, tokens);
  const stuffing = !empty && detectStuffing(prepared.reference.tokens, tokens);
  const denied = findDeniedClauses(alignment, prepared.reference.tokens, tokens);
  // A keyword list has no roles to swap; stuffing is its own finding.
  const swaps = stuffing ? [] : findSwappedRoles(prepared.reference.tokens, tokens, alignment);
  const blocked = new Set([...denied, ...swaps.map((s) => s.clause)]);
  const coverage = measureCoverage(alignment, tokens, prepared.questionKeys, QUESTION_WORD_FACTOR, blocked, prepared.referenceKeys, prepared.optionKeys);
  const wrong = prepared.wrong && !empty ? matchWrongAnswer(prepared.wrong, prepared.referenceKeys, tokens) : undefined;
  const wrongAnswerMatch = wrong !== undefined && isWrongAnswer(wrong, coverage.recall);

  const score = empty ? 0 : combineScore({ coverage, misattributed: misattributedShare(blocked, alignment), stuffing, wrongAnswer: wrongAnswerMatch });
  const verdict = decideVerdict(score, { empty, wrongAnswer: wrongAnswerMatch });
  const concepts = buildConcepts(prepared.concepts, alignment, tokens, blocked);
  const swap = swaps[0];
  const deniedClause = [...denied][0];
  return {
    score,
    verdict,
    rating: suggestRating(verdict, score, answer.trim().length, seconds),
    concepts,
    matched: concepts.filter((c) => c.matched).map((c) => c.text),
    missed: concepts.filter((c) => !c.matched).map((c) => c.text),
    wrongAnswerMatch,
    feedback: writeFeedback({
      verdict,
      concepts,
      reference,
      wrongAnswer,
      deniedClause: deniedClause === undefined ? undefined : clauseText(reference, prepared.reference.tokens, deniedClause),
      swap: swap && { ...swap, clauseText: clauseText(reference, prepared.reference.tokens, swap.clause) },
      stuffing,
    }),
  };
}

function isBlank(answer: string): boolean {
  return answer.trim() === "" || DONT_KNOW.test(answer.trim());
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

function clauseText(source: string, tokens: readonly TToken[], clause: number): string {
  const inClause = tokens.filter((t) => t.clause === clause && t.isWord);
  const first = inClause[0];
  const last = inClause[inClause.length - 1];
  return first && last ? source.slice(first.start, last.end) : "";
}
