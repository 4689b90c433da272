// Everything a review reads before it writes — the card, whether the card was
// already reviewed on the user's day, and the user's rows for that day and the
// one before — in one step: on SQLite one synchronous call of three prepared
// statements, on PostgreSQL one prepared statement (one round trip). Through Prisma
// these were three queries and two awaits, most of a review's time.
// Owner-scoped by hand: every statement binds the user's id.
import type Database from "better-sqlite3";
import { addDays } from "@/lib/days/days";
import { sqliteExclusive, type TDb } from "@/lib/db/client";
import { prepared } from "@/lib/db/prepared";
import { pgRows } from "@/lib/db/raw-rows";
import type { TCardState } from "./scheduler";

export type TReviewCard = TCardState & {
  id: string;
  questionId: string;
  suspended: boolean;
  retired: boolean;
  leech: boolean;
  version: number;
};
export type TDayRow = { day: string; reviews: number; streak: number };
/** `days`: the user's rows for `day` and `yesterday`, the two days read. */
export type TReviewContext = { card: TReviewCard; earlier: boolean; day: string; yesterday: string; days: TDayRow[] };

const COLUMNS = `"id", "questionId", "due", "stability", "difficulty", "elapsedDays", "scheduledDays", "learningSteps",
  "reps", "lapses", "state", "lastReview", "suspended", "retired", "leech", "version"`;

const SQLITE = {
  card: `SELECT ${COLUMNS} FROM "Card" WHERE "id" = ? AND "userId" = ?`,
  earlier: `SELECT 1 FROM "ReviewLog" WHERE "userId" = ? AND "day" = ? AND "cardId" = ? AND "undone" = 0 LIMIT 1`,
  days: `SELECT "day", "reviews", "streak" FROM "DailyActivity" WHERE "userId" = ? AND "day" IN (?, ?)`,
};

// As the drivers return them: the SQLite adapter's connection reads integers as
// BigInt, dates as ISO text and booleans as 0/1; pg returns them typed.
type TInt = number | bigint;
type TRawCard = { id: string; questionId: string; due: string | Date; lastReview: string | Date | null } & Record<
  "stability" | "difficulty",
  number
> &
  Record<"elapsedDays" | "scheduledDays" | "learningSteps" | "reps" | "lapses" | "state" | "version", TInt> &
  Record<"suspended" | "retired" | "leech", TInt | boolean>;

const asCard = (r: TRawCard): TReviewCard => ({
  id: r.id,
  questionId: r.questionId,
  due: new Date(r.due),
  stability: r.stability,
  difficulty: r.difficulty,
  elapsedDays: Number(r.elapsedDays),
  scheduledDays: Number(r.scheduledDays),
  learningSteps: Number(r.learningSteps),
  reps: Number(r.reps),
  lapses: Number(r.lapses),
  state: Number(r.state),
  lastReview: r.lastReview === null ? null : new Date(r.lastReview),
  suspended: Boolean(r.suspended),
  retired: Boolean(r.retired),
  leech: Boolean(r.leech),
  version: Number(r.version),
});
const asDay = (d: { day: string; reviews: TInt; streak: TInt }): TDayRow => ({
  day: d.day,
  reviews: Number(d.reviews),
  streak: Number(d.streak),
});

function readSqlite(conn: Database.Database, userId: string, cardId: string, day: string, yesterday: string) {
  const card = prepared(conn, SQLITE.card).get(cardId, userId) as TRawCard | undefined;
  if (!card) return null;
  return {
    card: asCard(card),
    day,
    yesterday,
    earlier: prepared(conn, SQLITE.earlier).get(userId, day, cardId) !== undefined,
    days: (prepared(conn, SQLITE.days).all(userId, day, yesterday) as TDayRow[]).map(asDay),
  };
}

const PG = `SELECT ${COLUMNS},
  EXISTS (SELECT 1 FROM "ReviewLog" l WHERE l."userId" = $1 AND l."day" = $3 AND l."cardId" = $2 AND NOT l."undone") AS "earlier",
  COALESCE((SELECT json_agg(json_build_object('day', d."day", 'reviews', d."reviews", 'streak', d."streak"))
    FROM "DailyActivity" d WHERE d."userId" = $1 AND d."day" IN ($3, $4)), '[]'::json) AS "days"
FROM "Card" WHERE "id" = $2 AND "userId" = $1`;

/** `day`: the user's day (userDay). null: no such card of this user's. */
export async function readReviewContext(
  db: TDb,
  userId: string,
  cardId: string,
  day: string,
): Promise<TReviewContext | null> {
  const yesterday = addDays(day, -1);
  const exclusive = sqliteExclusive(db);
  if (exclusive) return exclusive((conn) => readSqlite(conn, userId, cardId, day, yesterday));
  const [r] = (await pgRows(db, PG, [userId, cardId, day, yesterday])) as (TRawCard & {
    earlier: boolean;
    days: TDayRow[];
  })[];
  if (!r) return null;
  const { earlier, days, ...card } = r;
  return { card: asCard(card), earlier, day, yesterday, days: days.map(asDay) };
}
