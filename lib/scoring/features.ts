import { cosine, embedTexts, judgePairs, type TVector } from "./embedder";
import { contentStems, negationCount, stemRecall } from "./lexical";
import type { TCard } from "./prepare-card";
import { answerPieces, clauses, type TSpan } from "./text-units";

/** The judge's inputs, in models/judge.json's order. `npm run scorer:fit` refits the weights. */
export const FEATURES = [
  "cross",
  "simWhole",
  "coverMean",
  "coverMin",
  "onTopic",
  "simQuestion",
  "novelty",
  "hasWrong",
  "simWrong",
  "wrongMargin",
  "stemRecall",
  "stemPrecision",
  "wrongStemRecall",
  "negationMismatch",
  "logLengthRatio",
] as const;

/** An answer as read against a card: the features plus what highlighting needs. */
export interface TReading {
  features: number[];
  /** Answer clauses (or, in a long answer, its pieces) and their vectors, for concept coverage. */
  parts: TSpan[];
  partVecs: TVector[];
  /** The whole answer (or its pieces' mean, when long). */
  wholeVec: TVector;
  truncated: boolean;
}

/** Clauses are read one by one only in answers up to this long; longer ones are read by pieces (bounded work). */
const CLAUSE_CHARS = 1_200;
/** A run of commas ("a,b,c,…") is not 600 claims: the clauses read are bounded too. */
const MAX_PARTS = 24;

function best(v: TVector, among: readonly TVector[]): number {
  let m = -1;
  for (const u of among) m = Math.max(m, cosine(v, u));
  return m;
}

export async function readAnswer(card: TCard, answer: string): Promise<TReading> {
  const { pieces, truncated } = answerPieces(answer);
  const parts = answer.length <= CLAUSE_CHARS ? clauses(answer).slice(0, MAX_PARTS) : [];
  const whole = answer.length <= CLAUSE_CHARS ? [answer] : [];
  // The cross-encoder reads the model answer and the answer together (the answer's first ~120 tokens): it sees what a cosine cannot, a denial or swapped roles.
  // Asked first, the cross-encoder (the longer task) takes the gate's slot; on a quiet server the embeddings borrow the other core.
  const [[cross], v] = await Promise.all([
    judgePairs([[card.reference, answer]]),
    embedTexts([...whole, ...pieces, ...parts.map((p) => p.text)]),
  ]);
  const pieceVecs = v.slice(whole.length, whole.length + pieces.length);
  // A long answer's claims are looked for piece by piece.
  const partVecs = parts.length > 0 ? v.slice(whole.length + pieces.length) : pieceVecs;
  const spans = parts.length > 0 ? parts : pieces.map((text) => ({ text, start: 0, end: 0 }));
  const wholeVec = whole.length ? v[0]! : mean(pieceVecs);
  const units = [wholeVec, ...pieceVecs, ...partVecs];

  const simWhole = cosine(wholeVec, card.referenceVec);
  const cover = card.sentences.map((s) => best(s, units));
  const simQuestion = cosine(wholeVec, card.questionVec);
  const stems = contentStems(answer);
  const hasWrong = card.wrongVec ? 1 : 0;
  const simWrong = card.wrongVec
    ? Math.max(cosine(wholeVec, card.wrongVec), ...card.wrongSentences.map((w) => best(w, units)))
    : 0;
  const features = [
    cross!,
    simWhole,
    avg(cover),
    Math.min(...cover),
    avg(pieceVecs.map((p) => best(p, card.sentences))),
    simQuestion,
    simWhole - cosine(card.referenceVec, card.questionVec) * simQuestion,
    hasWrong,
    simWrong,
    hasWrong ? simWrong - Math.max(simWhole, ...cover) : 0,
    stemRecall(stems, card.referenceStems, card.questionStems),
    stemRecall(card.referenceStems, stems, card.questionStems),
    hasWrong ? stemRecall(stems, card.wrongStems, card.questionStems) : 0,
    negationCount(answer) > 0 !== card.referenceNegations > 0 ? 1 : 0,
    Math.log((answer.length + 20) / (card.reference.length + 20)),
  ];
  return { features, parts: spans, partVecs, wholeVec, truncated };
}

function avg(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
}

function mean(vs: readonly TVector[]): TVector {
  const out = new Float32Array(vs[0]?.length ?? 384);
  for (const v of vs) for (let i = 0; i < v.length; i++) out[i]! += v[i]!;
  let n = 0;
  for (const x of out) n += x * x;
  n = Math.sqrt(n) || 1;
  return out.map((x) => x / n);
}
