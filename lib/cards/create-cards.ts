// Every user has one card per live question, created up front in state New:
// the queue then reads new cards from one index instead of searching for
// questions a user has no card for.
import type { TDb } from "@/lib/db/client";

type TTx = Pick<TDb, "card" | "question" | "user">;
const CHUNK = 5_000;

async function insert(db: TTx, rows: { userId: string; questionId: string; newOrder: number }[], now: Date) {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await db.card.createMany({ data: rows.slice(i, i + CHUNK).map((r) => ({ ...r, due: now })) });
  }
}

/** Cards for questions that were just created, for every existing user. */
export async function createCardsForQuestions(db: TTx, questions: { id: string; sortKey: number }[], now: Date) {
  if (!questions.length) return;
  const users = await db.user.findMany({ select: { id: true } });
  const rows = users.flatMap((u) => questions.map((q) => ({ userId: u.id, questionId: q.id, newOrder: q.sortKey })));
  await insert(db, rows, now);
}

/** Cards for every live question the user has none for (at sign-up, and as a repair). */
export async function ensureUserCards(db: TTx, userId: string, now: Date) {
  const missing = await db.question.findMany({
    where: { retired: false, cards: { none: { userId } } },
    select: { id: true, sortKey: true },
  });
  await insert(db, missing.map((q) => ({ userId, questionId: q.id, newOrder: q.sortKey })), now);
  return missing.length;
}
