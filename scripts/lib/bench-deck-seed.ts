// A user with many private decks for the queue benchmark: `decks` decks of
// `perDeck` questions and one card each, states mixed as in bench-queue.ts
// (~60 % review, ~5 % learning, the rest new).
import type { TDb } from "@/lib/db/client";
import { mulberry32 } from "./seeded-random";

const DAY = 86_400_000;
const CHUNK = 2_000;

export async function seedDeckUser(db: TDb, decks: number, perDeck: number, now: Date, seed = 11) {
  const rnd = mulberry32(seed);
  const user = await db.user.create({ data: { email: `decks-${process.pid}@example.com`, name: "Many decks" } });
  const deckIds: string[] = [];
  for (let d = 0; d < decks; d++) {
    const deckId = `benchdeck${d}`;
    deckIds.push(deckId);
    await db.deck.create({ data: { id: deckId, name: `Bench deck ${d}`, kind: "user", ownerId: user.id } });
    await db.lesson.create({
      data: {
        id: `${deckId}-l`,
        deckId,
        slug: `${deckId}-l`,
        number: 1,
        title: "Bench",
        tagline: "",
        minutes: 1,
        level: "",
        eli5: "",
        body: "{}",
        sourceFile: "b",
        contentHash: "b",
      },
    });
    for (let start = 0; start < perDeck; start += CHUNK) {
      const ids = Array.from({ length: Math.min(CHUNK, perDeck - start) }, (_, i) => start + i);
      await db.question.createMany({
        data: ids.map((i) => ({
          id: `${deckId}-q${i}`,
          key: `${deckId}/q${i}`,
          deckId,
          lessonId: `${deckId}-l`,
          kind: "recall",
          prompt: `Deck ${d} question ${i}?`,
          modelAnswer: "A.",
          position: i,
          sortKey: i,
          contentHash: "b",
        })),
      });
      await db.card.createMany({
        data: ids.map((i) => ({
          userId: user.id,
          questionId: `${deckId}-q${i}`,
          deckId,
          newOrder: i,
          ...state(rnd, now.getTime()),
        })),
      });
    }
  }
  return { user, deckIds };
}

function state(rnd: () => number, now: number) {
  const r = rnd();
  if (r < 0.6) {
    const scheduledDays = 1 + Math.floor(rnd() * 120);
    const due = now + (rnd() * 2 - 1) * 60 * DAY;
    return {
      state: 2,
      due: new Date(due),
      lastReview: new Date(due - scheduledDays * DAY),
      scheduledDays,
      stability: scheduledDays,
      difficulty: 5,
      reps: 4,
    };
  }
  if (r < 0.65)
    return {
      state: 1,
      due: new Date(now - rnd() * 3_600_000),
      lastReview: new Date(now - 3_600_000),
      stability: 1,
      difficulty: 5,
      reps: 1,
      learningSteps: 1,
    };
  return { state: 0, due: new Date(now - 30 * DAY) };
}
