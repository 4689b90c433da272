// A simulated review history for one user: every card reviewed at (or a few
// hours after) its due time by ts-fsrs itself, so states, intervals,
// stability and difficulty are what the app would have written. Typed answers,
// suggested ratings, verdicts, daily activity and finished interviews too.
// Used by bench:stats and the Stats browser test. Seeded, so reproducible.
import { fsrs, generatorParameters, type Card as TFsrsCard, type Grade } from "ts-fsrs";
import type { TDb } from "@/lib/db/client";
import { makeDayKeyer } from "@/lib/stats/day-keys";
import { mulberry32 } from "./seeded-random";

const DAY = 86_400_000;
const CHUNK = 5_000;

export type THistoryOptions = {
  logs: number;
  days: number;
  now: Date;
  seed?: number;
  typedShare?: number;
  interviews?: number;
};

/** Extra questions in a generated chapter (and the user's cards for them), for histories larger than the course. */
export async function addGeneratedQuestions(db: TDb, userId: string, count: number, now: Date) {
  const lesson = await db.lesson.create({
    data: {
      slug: `generated-${now.getTime()}`,
      number: 900,
      title: "Generated",
      tagline: "",
      minutes: 1,
      level: "",
      eli5: "",
      body: "{}",
      sourceFile: "generated",
      contentHash: "x",
    },
    select: { id: true },
  });
  for (let i = 0; i < count; i += CHUNK) {
    const n = Math.min(CHUNK, count - i);
    await db.question.createMany({
      data: Array.from({ length: n }, (_, j) => ({
        key: `generated-${lesson.id}-${i + j}`,
        lessonId: lesson.id,
        kind: "interview",
        prompt: `Generated question ${i + j}?`,
        modelAnswer: "A generated model answer.",
        wrongAnswer: "A generated wrong answer.",
        position: i + j,
        sortKey: 900_000 + i + j,
        contentHash: "x",
      })),
    });
  }
  const questions = await db.question.findMany({ where: { lessonId: lesson.id }, select: { id: true, sortKey: true } });
  for (let i = 0; i < questions.length; i += CHUNK) {
    await db.card.createMany({
      data: questions.slice(i, i + CHUNK).map((q) => ({ userId, questionId: q.id, newOrder: q.sortKey, due: now })),
    });
  }
}

function pickRating(r: number): Grade {
  return (r < 0.12 ? 1 : r < 0.22 ? 2 : r < 0.9 ? 3 : 4) as Grade;
}

export async function seedHistory(db: TDb, userId: string, o: THistoryOptions) {
  const rand = mulberry32(o.seed ?? 7);
  const f = fsrs(generatorParameters({ enable_fuzz: false, enable_short_term: true }));
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { timezone: true, dayStartHour: true },
  });
  const cards = await db.card.findMany({
    where: { userId, retired: false },
    select: { id: true, questionId: true, newOrder: true, createdAt: true },
  });
  const start = o.now.getTime() - o.days * DAY;
  const dayOf = makeDayKeyer(user);
  const logs: Record<string, unknown>[] = [];
  const finals = new Map<string, TFsrsCard>();
  const firsts = new Set<string>();
  const activity = new Map<string, { reviews: number; newCards: number; correct: number }>();
  // Cards start spread over the first three quarters of the window and are reviewed when due.
  const perCard = Math.max(1, Math.ceil(o.logs / Math.max(1, cards.length)));
  for (const c of cards) {
    if (logs.length >= o.logs) break;
    let t = start + rand() * o.days * DAY * 0.75;
    let card = emptyCard(new Date(t));
    for (let k = 0; k < perCard * 3 && t < o.now.getTime() && logs.length < o.logs; k++) {
      const rating = pickRating(rand());
      const at = new Date(t);
      const r = f.next(card, at, rating);
      const typed = rand() < (o.typedShare ?? 0.3);
      const score = typed ? Math.round(Math.min(100, Math.max(0, rating * 22 - 10 + (rand() - 0.5) * 30))) : null;
      const suggested = typed ? Math.min(4, Math.max(1, rating + (rand() < 0.2 ? 1 : rand() < 0.25 ? -1 : 0))) : null;
      const verdict =
        score === null
          ? null
          : rand() < 0.05
            ? "common-wrong-answer"
            : score >= 70
              ? "correct"
              : score >= 40
                ? "partial"
                : "incorrect";
      const day = dayOf(at);
      // As recordReview stamps them: the local day, and whether it is the card's first that day.
      const firstOfDay = !firsts.has(`${c.id}|${day}`);
      firsts.add(`${c.id}|${day}`);
      logs.push({
        userId,
        cardId: c.id,
        rating,
        state: r.log.state,
        due: r.log.due,
        stability: r.log.stability,
        difficulty: r.log.difficulty,
        elapsedDays: r.log.elapsed_days,
        lastElapsedDays: r.log.last_elapsed_days,
        scheduledDays: r.log.scheduled_days,
        learningSteps: r.log.learning_steps,
        review: at,
        answer: typed ? `typed answer ${logs.length}` : null,
        score,
        verdict,
        suggestedRating: suggested,
        durationMs: Math.round(5_000 + rand() * 55_000),
        source: "daily",
        nextDue: r.card.due,
        nextState: r.card.state,
        idempotencyKey: `seed-${userId}-${logs.length}`,
        day,
        firstOfDay,
      });
      const a = activity.get(day) ?? { reviews: 0, newCards: 0, correct: 0 };
      a.reviews++;
      if (r.log.state === 0) a.newCards++;
      if (rating >= 3) a.correct++;
      activity.set(day, a);
      card = r.card;
      t = Math.max(card.due.getTime(), t + 60_000) + rand() * 6 * 3_600_000;
    }
    if (card.reps > 0) finals.set(c.id, card);
  }
  // Cards take the state their last simulated review left them in (re-created: deleting
  // a card cascades to its logs, so the logs go in after).
  const rows = cards.filter((c) => finals.has(c.id));
  await db.card.deleteMany({ where: { id: { in: rows.map((c) => c.id) } } });
  for (let i = 0; i < rows.length; i += CHUNK) {
    await db.card.createMany({
      data: rows.slice(i, i + CHUNK).map((c) => {
        const s = finals.get(c.id)!;
        return {
          id: c.id,
          userId,
          questionId: c.questionId,
          newOrder: c.newOrder,
          due: s.due,
          stability: s.stability,
          difficulty: s.difficulty,
          elapsedDays: s.elapsed_days,
          scheduledDays: s.scheduled_days,
          learningSteps: s.learning_steps,
          reps: s.reps,
          lapses: s.lapses,
          state: s.state,
          lastReview: s.last_review ?? null,
          leech: s.lapses >= 8,
          suspended: s.lapses >= 8,
          version: s.reps,
        };
      }),
    });
  }
  for (let i = 0; i < logs.length; i += CHUNK)
    await db.reviewLog.createMany({ data: logs.slice(i, i + CHUNK) as never });
  const days = [...activity.entries()];
  for (let i = 0; i < days.length; i += CHUNK) {
    await db.dailyActivity.createMany({
      data: days.slice(i, i + CHUNK).map(([day, a]) => ({ userId, day, ...a, points: a.reviews })),
    });
  }
  for (let i = 0; i < (o.interviews ?? 0); i++) {
    const startedAt = new Date(o.now.getTime() - (o.interviews! - i) * 7 * DAY);
    await db.interviewSession.create({
      data: {
        userId,
        questionCount: 5,
        secondsPerQuestion: 120,
        startedAt,
        endsAt: new Date(startedAt.getTime() + 600_000),
        finishedAt: new Date(startedAt.getTime() + 500_000),
        score: Math.round(40 + rand() * 50),
      },
    });
  }
  return { logs: logs.length, cards: rows.length, days: days.length };
}

function emptyCard(at: Date): TFsrsCard {
  return {
    due: at,
    stability: 0,
    difficulty: 0,
    elapsed_days: 0,
    scheduled_days: 0,
    learning_steps: 0,
    reps: 0,
    lapses: 0,
    state: 0,
  };
}
