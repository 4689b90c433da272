// Every user has one card per live question of each deck they study, created
// up front in state New: the queue then reads new cards from one index instead
// of searching for questions a user has no card for.
import type { TDb } from "@/lib/db/client";
import { studyableBy } from "@/lib/decks/access";

type TTx = Pick<TDb, "card" | "question" | "user">;
type TQuestionRef = { id: string; sortKey: number; deckId?: string };
const CHUNK = 5_000;

async function insert(
  db: TTx,
  rows: { userId: string; questionId: string; newOrder: number; deckId: string }[],
  now: Date,
) {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await db.card.createMany({ data: rows.slice(i, i + CHUNK).map((r) => ({ ...r, due: now })) });
  }
}

/** Cards for questions that were just created: for `userIds` (a deck's students), else every user (the course). */
export async function createCardsForQuestions(
  db: TTx,
  questions: TQuestionRef[],
  now: Date,
  userIds?: readonly string[],
) {
  if (!questions.length) return;
  const users = userIds ?? (await db.user.findMany({ select: { id: true } })).map((u) => u.id);
  const rows = users.flatMap((userId) =>
    questions.map((q) => ({ userId, questionId: q.id, newOrder: q.sortKey, deckId: q.deckId ?? "course" })),
  );
  await insert(db, rows, now);
}

/** Cards for every live question of the decks the user studies that they have none for (sign-up, joining a team, repair). */
export async function ensureUserCards(db: TTx, userId: string, now: Date) {
  const missing = await db.question.findMany({
    where: { retired: false, cards: { none: { userId } }, deck: studyableBy(userId) },
    select: { id: true, sortKey: true, deckId: true },
  });
  await insert(
    db,
    missing.map((q) => ({ userId, questionId: q.id, newOrder: q.sortKey, deckId: q.deckId })),
    now,
  );
  return missing.length;
}
