import { analyzeText } from "@/lib/scoring/analyze-text";
import { BLEND_PARAMS, blendExamples, type TBlendParams } from "@/lib/scoring/blend-examples";
import { EXAMPLE_CHARS } from "@/lib/scoring/graded-example";
import { blendAnswerOf, type TBlendAnswer } from "@/lib/scoring/match-example";
import { prepareExample, prepareExampleSet, type TExample } from "@/lib/scoring/prepare-examples";
import { prepareReference } from "@/lib/scoring/prepare-reference";
import { scoreAnswer } from "@/lib/scoring/score-answer";
import type { TMohlerItem } from "./read-mohler";
import { mulberry32 } from "./seeded-random";
import { pearson } from "./stats";

export interface TKshotItem {
  item: TMohlerItem;
  /** Reference-match score (no examples). */
  score: number;
  /** The answer as the blend sees it when it is scored. */
  answer: TBlendAnswer;
  /** The answer as a graded example, prepared as score-answer prepares the examples it is given. */
  example: TExample;
}

/** Scores every answer once without examples; the k-shot runs reuse these. */
export function prepareKshot(items: readonly TMohlerItem[]): TKshotItem[] {
  return items.map((item) => {
    const card = prepareReference(item.question, item.reference, undefined);
    const tokens = analyzeText(item.answer);
    const score = scoreAnswer(item).score;
    // As the app: an example is read up to EXAMPLE_CHARS, and its reference score is that text's.
    const text = item.answer.slice(0, EXAMPLE_CHARS);
    const exampleScore = text === item.answer ? score : scoreAnswer({ ...item, answer: text }).score;
    return {
      item,
      score,
      answer: blendAnswerOf(tokens, card),
      example: prepareExample(text, card, item.grade, exampleScore),
    };
  });
}

/**
 * k graded examples per question, drawn from that question's answers with a
 * fixed seed; the rest are scored with them (the same blend the app uses).
 * Returns Pearson r per seed (same order as `seeds`) over the kept answers.
 */
export function kshotPearson(prepared: readonly TKshotItem[], k: number, seeds: readonly number[], params: TBlendParams = BLEND_PARAMS): number[] {
  const byQuestion = new Map<string, TKshotItem[]>();
  for (const p of prepared) {
    const list = byQuestion.get(p.item.id) ?? [];
    list.push(p);
    byQuestion.set(p.item.id, list);
  }
  return seeds.map((seed) => {
    const xs: number[] = [];
    const ys: number[] = [];
    for (const [id, answers] of byQuestion) {
      const rand = mulberry32(seed * 100_003 + hash(id));
      const shuffled = answers.map((a) => ({ a, r: rand() })).sort((x, y) => x.r - y.r).map((x) => x.a);
      const examples = prepareExampleSet(shuffled.slice(0, k).map((e) => e.example));
      for (const rest of shuffled.slice(k)) {
        xs.push(blendExamples(rest.score, rest.answer, examples, true, params).score);
        ys.push(rest.item.grade);
      }
    }
    return pearson(xs, ys);
  });
}

function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}
