import { BoundedCache } from "./bounded-cache";
import { embedTexts, type TVector } from "./embedder";
import { contentStems, negationCount } from "./lexical";
import { clauses, sentences, type TSpan } from "./text-units";

/** What the scorer knows about a card, computed once per card (LRU-cached) and reused by every answer to it. */
export interface TCard {
  question: string;
  reference: string;
  wrongAnswer?: string;
  questionVec: TVector;
  referenceVec: TVector;
  /** The model answer's sentences and their vectors (at least one). */
  sentences: TVector[];
  /** The model answer's claims, for highlighting and coverage. */
  concepts: TSpan[];
  conceptVecs: TVector[];
  wrongVec?: TVector;
  wrongSentences: TVector[];
  referenceStems: Set<string>;
  questionStems: Set<string>;
  wrongStems: Set<string>;
  referenceNegations: number;
  wrongNegations: number;
}

/** Reference passages are bounded by the content checker; this bounds the work per card all the same. */
const MAX_UNITS = 40;
const cards = new BoundedCache<string, Promise<TCard>>(512);

export function prepareCard(question: string, reference: string, wrongAnswer?: string): Promise<TCard> {
  const key = `${question}\u0000${reference}\u0000${wrongAnswer ?? ""}`;
  let card = cards.get(key);
  if (!card) {
    card = build(question, reference, wrongAnswer);
    // A failed embedding (model missing) must not be cached as the card's answer.
    card.catch(() => cards.set(key, undefined as never));
    cards.set(key, card);
  }
  return card;
}

async function build(question: string, reference: string, wrongAnswer?: string): Promise<TCard> {
  const refSentences = sentences(reference)
    .slice(0, MAX_UNITS)
    .map((s) => s.text);
  const concepts = clauses(reference).slice(0, MAX_UNITS);
  const wrongSentences = wrongAnswer
    ? sentences(wrongAnswer)
        .slice(0, MAX_UNITS)
        .map((s) => s.text)
    : [];
  const texts = [
    question,
    reference,
    ...refSentences,
    ...concepts.map((c) => c.text),
    ...(wrongAnswer ? [wrongAnswer, ...wrongSentences] : []),
  ];
  const v = await embedTexts(texts);
  let i = 2;
  const take = (n: number) => v.slice(i, (i += n));
  const sentenceVecs = take(refSentences.length);
  const conceptVecs = take(concepts.length);
  const wrongVec = wrongAnswer ? take(1)[0] : undefined;
  return {
    question,
    reference,
    wrongAnswer,
    questionVec: v[0]!,
    referenceVec: v[1]!,
    sentences: sentenceVecs.length > 0 ? sentenceVecs : [v[1]!],
    concepts,
    conceptVecs,
    wrongVec,
    wrongSentences: take(wrongSentences.length),
    referenceStems: contentStems(reference),
    questionStems: contentStems(question),
    wrongStems: contentStems(wrongAnswer ?? ""),
    referenceNegations: negationCount(reference),
    wrongNegations: negationCount(wrongAnswer ?? ""),
  };
}
