import { AnswerTooLongError } from "./answer-too-long-error";
import { blendExamples, prepareExamples } from "./blend-examples";
import { coverConcepts } from "./cover-concepts";
import { CORRECT_FROM, decideVerdict } from "./decide-verdict";
import { cosine } from "./embedder";
import { readAnswer } from "./features";
import { isBlank } from "./is-blank";
import { assertsWrongAnswer, judgeProbability, toScore } from "./judge";
import { prepareCard, type TCard } from "./prepare-card";
import { suggestRating } from "./suggest-rating";
import { MAX_ANSWER_CHARS, type TScoreInput, type TScoreResult } from "./types";
import { writeFeedback } from "./write-feedback";

/** An answer that asserts the card's misconception scores at most this, whatever else it says. */
export const WRONG_ANSWER_CAP = 25;

/**
 * Grades a typed answer against a card's model answer with the pinned
 * sentence model and the fitted judge (README "How it judges"). The model
 * runs in a worker pool: this never blocks the event loop for inference.
 *
 * @throws AnswerTooLongError when `answer` exceeds MAX_ANSWER_CHARS (5,000).
 * @throws ModelFileError when the model or judge file is missing or corrupt.
 */
export async function scoreAnswer(input: TScoreInput): Promise<TScoreResult> {
  const { question, reference, wrongAnswer, answer, examples } = input;
  if (answer.length > MAX_ANSWER_CHARS) throw new AnswerTooLongError(answer.length);
  const card = await prepareCard(question, reference, wrongAnswer);
  if (isBlank(answer)) return result(card, input, { score: 0, verdict: "empty", wrongAnswerMatch: false });

  const reading = await readAnswer(card, answer);
  const referenceP = await referenceProbability(card);
  const wrongAnswerMatch = assertsWrongAnswer(reading.features);
  let score = toScore(judgeProbability(reading.features), referenceP, CORRECT_FROM);
  let examplesUsed = 0;
  if (examples && examples.length > 0) {
    const prepared = await prepareExamples(card, examples, (f) =>
      toScore(judgeProbability(f), referenceP, CORRECT_FROM),
    );
    const blend = blendExamples(score, reading.wholeVec, prepared, !wrongAnswerMatch);
    score = blend.score;
    examplesUsed = blend.used;
  }
  // Examples refine a score; they do not excuse the misconception.
  if (wrongAnswerMatch) score = Math.min(score, WRONG_ANSWER_CAP);
  const verdict = decideVerdict(score, { empty: false, wrongAnswer: wrongAnswerMatch });
  return result(card, input, { score, verdict, wrongAnswerMatch, examplesUsed, truncated: reading.truncated }, reading);
}

/** Same as scoreAnswer (kept for callers written when scoring was synchronous). */
export const scoreAnswerAsync = scoreAnswer;

const referenceP = new WeakMap<TCard, Promise<number>>();

/** The judge's probability for the model answer itself: the top of the score scale (toScore). Once per card. */
function referenceProbability(card: TCard): Promise<number> {
  let p = referenceP.get(card);
  if (!p) {
    p = readAnswer(card, card.reference).then((r) => judgeProbability(r.features));
    referenceP.set(card, p);
  }
  return p;
}

type TJudged = Pick<TScoreResult, "score" | "verdict" | "wrongAnswerMatch"> & {
  examplesUsed?: number;
  truncated?: boolean;
};

function result(
  card: TCard,
  input: TScoreInput,
  j: TJudged,
  reading?: Awaited<ReturnType<typeof readAnswer>>,
): TScoreResult {
  const concepts = coverConcepts(card, input.answer, reading);
  const farthest = reading && card.sentences.length > 1 ? farthestSentence(card, reading.wholeVec) : undefined;
  return {
    score: j.score,
    verdict: j.verdict,
    rating: suggestRating(j.verdict, j.score, input.answer.trim().length, input.seconds),
    concepts,
    matched: concepts.filter((c) => c.matched).map((c) => c.text),
    missed: concepts.filter((c) => !c.matched).map((c) => c.text),
    wrongAnswerMatch: j.wrongAnswerMatch,
    ...(j.truncated ? { truncated: true } : {}),
    ...(j.examplesUsed ? { examplesUsed: j.examplesUsed } : {}),
    feedback: writeFeedback({
      verdict: j.verdict,
      concepts,
      reference: input.reference,
      wrongAnswer: input.wrongAnswer,
      farthest,
      truncated: j.truncated,
    }),
  };
}

function farthestSentence(card: TCard, answer: Float32Array): string | undefined {
  const sims = card.sentences.map((s) => cosine(s, answer));
  const i = sims.indexOf(Math.min(...sims));
  const text = card.reference.split(/(?<=[.!?])\s+|\n+/).filter((s) => /[\p{L}\p{N}]/u.test(s))[i];
  return text?.trim();
}
