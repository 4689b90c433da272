// Editing a card edits its question (every student of the deck sees the new
// text); the card's FSRS columns are never written, so its schedule and
// history stay. The key follows the new text, as a re-upload would compute it.
import type { TDb } from "@/lib/db/client";
import { owned } from "@/lib/db/owned";
import { DomainError } from "@/lib/errors/domain-error";
import { contentHash } from "@/lib/content/question-key";
import { findDeckToEdit } from "./access";
import { authorSlug } from "./deck-chapters";
import { deckKey, interviewHash, type TExample } from "./hand-cards";

export type TCardEdit = { question?: string; answer?: string; wrongAnswer?: string | null; examples?: TExample[] };

export async function editCard(db: TDb, userId: string, cardId: string, edit: TCardEdit) {
  const mine = owned(db, userId);
  const card = await mine.card.findFirst({
    where: { id: cardId },
    select: {
      question: {
        select: {
          id: true,
          deckId: true,
          kind: true,
          prompt: true,
          modelAnswer: true,
          wrongAnswer: true,
          authorExamples: true,
          answerSource: true,
          lesson: { select: { slug: true } },
        },
      },
    },
  });
  if (!card) throw new DomainError("not_found", "No such card.");
  const q = card.question;
  await findDeckToEdit(db, userId, q.deckId);
  const next = {
    question: edit.question ?? q.prompt,
    answer: edit.answer ?? q.modelAnswer,
    wrongAnswer: edit.wrongAnswer === undefined ? q.wrongAnswer : edit.wrongAnswer,
    examples: edit.examples ?? (JSON.parse(q.authorExamples) as TExample[]),
  };
  const key = deckKey(q.deckId, authorSlug(q.deckId, q.lesson.slug), next.question);
  const answerSource = edit.answer !== undefined ? "author" : q.answerSource;
  const hash =
    q.kind === "interview" ? interviewHash(next) : contentHash(["recall", next.question, next.answer, answerSource]);
  try {
    await db.question.update({
      where: { id: q.id },
      data: {
        key,
        prompt: next.question,
        modelAnswer: next.answer,
        wrongAnswer: next.wrongAnswer,
        answerSource,
        authorExamples: JSON.stringify(next.examples),
        contentHash: hash,
      },
    });
  } catch (e) {
    if ((e as { code?: string }).code === "P2002")
      throw new DomainError("conflict", "This deck already asks that question.");
    throw e;
  }
  return { id: cardId, question: next.question, answer: next.answer, wrongAnswer: next.wrongAnswer };
}
