// What the deck page shows: the deck, whether the caller may edit it, its live
// chapters and questions (text only; the page renders them as React text).
import type { TDb } from "@/lib/db/client";
import { owned } from "@/lib/db/owned";
import { DomainError } from "@/lib/errors/domain-error";
import { findDeckToEdit, findDeckToStudy } from "./access";
import { authorSlug } from "./deck-chapters";
import { MAX_CARDS_PER_DECK } from "./limits";

export async function getDeckPage(db: TDb, userId: string, deckId: string) {
  const deck = await findDeckToStudy(db, userId, deckId);
  const editable = await findDeckToEdit(db, userId, deckId).then(
    () => true,
    (e) => {
      if (e instanceof DomainError && e.code === "forbidden") return false;
      throw e;
    },
  );
  const mine = owned(db, userId);
  const [team, lessons, cards] = await Promise.all([
    deck.teamId ? db.team.findUnique({ where: { id: deck.teamId }, select: { slug: true, name: true } }) : null,
    db.lesson.findMany({
      where: { deckId, retired: false },
      orderBy: [{ number: "asc" }, { slug: "asc" }],
      select: {
        slug: true,
        number: true,
        title: true,
        _count: { select: { questions: { where: { retired: false } } } },
      },
    }),
    // The caller's own cards: an edit names the card, and it carries the question text.
    mine.card.findMany({
      where: { deckId, retired: false },
      orderBy: { newOrder: "asc" },
      take: MAX_CARDS_PER_DECK,
      select: {
        id: true,
        state: true,
        due: true,
        question: {
          select: {
            kind: true,
            prompt: true,
            modelAnswer: true,
            wrongAnswer: true,
            lesson: { select: { title: true } },
          },
        },
      },
    }),
  ]);
  return {
    deck: { id: deck.id, name: deck.name, kind: deck.kind, team },
    editable,
    chapters: lessons.map((l) => ({
      slug: l.slug,
      file: authorSlug(deckId, l.slug),
      number: l.number,
      title: l.title,
      questions: l._count.questions,
    })),
    cards: cards.map((c) => ({
      id: c.id,
      state: c.state,
      kind: c.question.kind,
      question: c.question.prompt,
      answer: c.question.modelAnswer,
      wrongAnswer: c.question.wrongAnswer,
      chapter: c.question.lesson.title,
    })),
  };
}
export type TDeckPage = Awaited<ReturnType<typeof getDeckPage>>;
