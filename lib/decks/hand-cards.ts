// Cards written in a form rather than uploaded. They are interview questions of
// the deck's "cards" chapter (file cards.md, number 0), so an export carries
// them and re-uploading that export finds them unchanged: key and content hash
// are computed exactly as the parser computes them.
import type { TDb } from "@/lib/db/client";
import { owned } from "@/lib/db/owned";
import { DomainError } from "@/lib/errors/domain-error";
import { contentHash, questionKey } from "@/lib/content/question-key";
import { createCardsForQuestions } from "@/lib/cards/create-cards";
import { deckStudents, findDeckToEdit } from "./access";
import { keyInDeck, slugInDeck } from "./deck-chapters";
import { MAX_CARDS_PER_DECK } from "./limits";

export const CARDS_CHAPTER = "cards";
export type TExample = { answer: string; grade: number };
export type TCardInput = { question: string; answer: string; wrongAnswer?: string | null; examples?: TExample[] };

export const deckKey = (deckId: string, chapterSlug: string, prompt: string) =>
  keyInDeck(deckId, questionKey(chapterSlug, prompt));

/** The hash build-questions.ts gives an interview pair: examples join it only when there are some. */
export const interviewHash = (c: TCardInput) =>
  contentHash([
    "interview",
    c.question,
    c.answer,
    c.wrongAnswer ?? null,
    ...(c.examples?.length ? [JSON.stringify(c.examples)] : []),
  ]);

export async function addCard(
  db: TDb,
  userId: string,
  deckId: string,
  input: TCardInput,
  now: Date,
): Promise<{ id: string }> {
  const deck = await findDeckToEdit(db, userId, deckId);
  const students = await deckStudents(db, deck);
  const key = deckKey(deck.id, CARDS_CHAPTER, input.question);
  return db.$transaction(async (tx) => {
    if ((await tx.question.count({ where: { deckId: deck.id, retired: false } })) >= MAX_CARDS_PER_DECK) {
      throw new DomainError("conflict", `This deck holds ${MAX_CARDS_PER_DECK} cards, the most a deck may hold.`);
    }
    if (await tx.question.findUnique({ where: { key }, select: { id: true } })) {
      throw new DomainError("conflict", "This deck already asks that question.");
    }
    const slug = slugInDeck(deck.id, CARDS_CHAPTER);
    const lesson = await tx.lesson.upsert({
      where: { slug },
      create: {
        slug,
        deckId: deck.id,
        number: 0,
        title: "Cards",
        tagline: "",
        minutes: 0,
        level: "",
        eli5: "",
        sourceFile: `${CARDS_CHAPTER}.md`,
        contentHash: "",
        body: JSON.stringify({ intro: [], sections: [], inTheWild: [], applyNow: null, bridge: null, next: null }),
      },
      update: { retired: false },
      select: { id: true },
    });
    const position = await tx.question.count({ where: { lessonId: lesson.id } });
    const q = await tx.question.create({
      data: {
        key,
        lessonId: lesson.id,
        deckId: deck.id,
        kind: "interview",
        prompt: input.question,
        modelAnswer: input.answer,
        wrongAnswer: input.wrongAnswer ?? null,
        authorExamples: JSON.stringify(input.examples ?? []),
        answerSource: "author",
        position,
        sortKey: position,
        contentHash: interviewHash(input),
      },
      select: { id: true, sortKey: true, deckId: true },
    });
    await createCardsForQuestions(tx, [q], now, students);
    const card = await owned(tx, userId).card.findFirst({ where: { questionId: q.id }, select: { id: true } });
    return { id: card?.id ?? q.id };
  });
}
