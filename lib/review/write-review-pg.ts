// The review write on PostgreSQL as one statement (one round trip instead of
// BEGIN, five statements and COMMIT): data-modifying CTEs run atomically. Its
// text never changes (only its values do), so it is prepared once per connection.
// `d0` locks the user's day row first (FOR UPDATE returns its newest committed
// points, waiting for any review holding it), so the cap is cut from points no
// concurrent review can change before this statement commits. The card moves
// only if its version still matches and the day row exists; everything else
// hangs off that (`c`), so a lost race writes nothing. The day's row is made
// beforehand, once a day, when the read before the write did not see it.
import type { TDb } from "@/lib/db/client";
import { POINT_RULES } from "@/lib/teams/points";
import type { TReviewWrite } from "./write-review";
import { pgRows } from "@/lib/db/raw-rows";

const DAY_ROW = `INSERT INTO "DailyActivity" ("id", "userId", "day") VALUES ($1, $2, $3) ON CONFLICT ("userId", "day") DO NOTHING`;

type TCast = "text" | "int4" | "float8" | "bool" | "timestamp(3)";
const LOG_TYPES: Record<string, TCast> = {
  id: "text",
  userId: "text",
  cardId: "text",
  rating: "int4",
  state: "int4",
  due: "timestamp(3)",
  stability: "float8",
  difficulty: "float8",
  elapsedDays: "int4",
  lastElapsedDays: "int4",
  scheduledDays: "int4",
  learningSteps: "int4",
  review: "timestamp(3)",
  answer: "text",
  score: "int4",
  verdict: "text",
  suggestedRating: "int4",
  durationMs: "int4",
  source: "text",
  nextDue: "timestamp(3)",
  nextState: "int4",
  leech: "bool",
  idempotencyKey: "text",
  day: "text",
  firstOfDay: "bool",
};

const lost = (code: "P2025" | "P2002", message: string) => Object.assign(new Error(message), { code });

export async function writeReviewPg(db: TDb, w: TReviewWrite, now: Date): Promise<number> {
  if (!w.hasDayRow) await pgRows(db, DAY_ROW, [w.log.id, w.userId, w.day]);
  const args: unknown[] = [];
  const p = (v: unknown, cast: TCast) => {
    args.push(v instanceof Date ? v.toISOString() : v);
    return `$${args.length}::${cast}`;
  };
  const n = w.card.next,
    c = w.counters;
  const rr = c.retention ? 1 : 0,
    rc = c.retention === "recalled" ? 1 : 0;
  const user = p(w.userId, "text"),
    day = p(w.day, "text");
  // Points before the cap (≤ interviewMax, far below it), cut in SQL against the locked day.
  const raw = p(w.pointsFor(0), "int4"),
    cap = p(POINT_RULES.dailyCap, "int4");
  const cols = Object.keys(LOG_TYPES);
  const sql = `WITH d0 AS (
  SELECT "points" FROM "DailyActivity" WHERE "userId" = ${user} AND "day" = ${day} FOR UPDATE
), c AS (
  UPDATE "Card" SET "due" = ${p(n.due, "timestamp(3)")}, "stability" = ${p(n.stability, "float8")}, "difficulty" = ${p(n.difficulty, "float8")},
    "elapsedDays" = ${p(n.elapsedDays, "int4")}, "scheduledDays" = ${p(n.scheduledDays, "int4")}, "learningSteps" = ${p(n.learningSteps, "int4")},
    "reps" = ${p(n.reps, "int4")}, "lapses" = ${p(n.lapses, "int4")}, "state" = ${p(n.state, "int4")}, "lastReview" = ${p(n.lastReview, "timestamp(3)")},
    "version" = "version" + 1, "updatedAt" = ${p(now, "timestamp(3)")},
    "leech" = "leech" OR ${p(w.card.leech, "bool")}, "suspended" = "suspended" OR ${p(w.card.leech, "bool")}
  WHERE "id" = ${p(w.card.id, "text")} AND "userId" = ${user} AND "version" = ${p(w.card.version, "int4")} AND EXISTS (SELECT 1 FROM d0)
  RETURNING "id"
), pts AS (
  SELECT LEAST(${raw}, GREATEST(0, ${cap} - d0."points")) AS earned FROM d0, c
), d AS (
  UPDATE "DailyActivity" SET "reviews" = "reviews" + 1, "newCards" = "newCards" + ${p(c.newCard ? 1 : 0, "int4")},
    "correct" = "correct" + ${p(c.correct ? 1 : 0, "int4")}, "retentionReviews" = "retentionReviews" + ${p(rr, "int4")},
    "retentionRecalled" = "retentionRecalled" + ${p(rc, "int4")}, "streak" = ${p(c.streak, "int4")}, "points" = "DailyActivity"."points" + pts.earned
  FROM pts WHERE "userId" = ${user} AND "day" = ${day}
  RETURNING 1
), l AS (
  INSERT INTO "ReviewLog" (${cols.map((k) => `"${k}"`).join(", ")}, "points", "undone", "createdAt")
  SELECT ${cols.map((k) => p(w.log[k] ?? null, LOG_TYPES[k]!)).join(", ")}, pts.earned, false, ${p(now, "timestamp(3)")} FROM pts
  RETURNING "id"
), t AS (
  INSERT INTO "ActivityTotal" ("userId", "reviews", "points", "retentionReviews", "retentionRecalled")
  SELECT ${user}, 1, pts.earned, ${p(rr, "int4")}, ${p(rc, "int4")} FROM pts
  ON CONFLICT ("userId") DO UPDATE SET "reviews" = "ActivityTotal"."reviews" + 1, "points" = "ActivityTotal"."points" + excluded."points",
    "retentionReviews" = "ActivityTotal"."retentionReviews" + excluded."retentionReviews",
    "retentionRecalled" = "ActivityTotal"."retentionRecalled" + excluded."retentionRecalled"
  RETURNING 1
)
SELECT (SELECT count(*) FROM c)::int4 AS moved, (SELECT earned FROM pts) AS earned, (SELECT count(*) FROM l)::int4 AS logged`;
  let rows: { moved: number; earned: number | null; logged: number }[];
  try {
    rows = (await pgRows(db, sql, args)) as typeof rows;
  } catch (e) {
    // The unique (userId, idempotencyKey): a retry of this very review got there first.
    if ((e as { code?: string }).code === "23505") throw lost("P2002", "the idempotency key exists");
    throw e;
  }
  const r = rows[0]!;
  if (r.moved !== 1 || r.logged !== 1) throw lost("P2025", "the card's version moved");
  return Number(r.earned);
}
