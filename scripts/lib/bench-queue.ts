// A heavy user for the queue benchmark: 100,000 questions in a few lessons
// and one card each, written with createMany in chunks. States are mixed like
// a long-time learner's: ~60 % review (due spread ±60 days), ~5 % learning,
// the rest new. Deterministic for a given seed.
import type { TDb } from "@/lib/db/client";
import { getQueue, type TQueueUser } from "@/lib/review/get-queue";
import { percentile } from "./bench-table";
import { mulberry32 } from "./seeded-random";

const DAY = 86_400_000;
const CHUNK = 2_000;

function cardState(rnd: () => number, now: number) {
  const r = rnd();
  if (r < 0.6) {
    const scheduledDays = 1 + Math.floor(rnd() * 120);
    const due = now + (rnd() * 2 - 1) * 60 * DAY;
    return {
      state: 2,
      due: new Date(due),
      lastReview: new Date(due - scheduledDays * DAY),
      scheduledDays,
      stability: scheduledDays * (0.8 + rnd() * 0.4),
      difficulty: 1 + rnd() * 9,
      reps: 3 + Math.floor(rnd() * 10),
      lapses: Math.floor(rnd() * 3),
    };
  }
  if (r < 0.65) {
    // Learning / relearning steps: most due earlier today or within minutes.
    const due = now + (rnd() * 2 - 1.5) * 3_600_000;
    return {
      state: rnd() < 0.7 ? 1 : 3,
      due: new Date(due),
      lastReview: new Date(due - 600_000),
      scheduledDays: 0,
      stability: 0.5 + rnd() * 2,
      difficulty: 3 + rnd() * 6,
      reps: 1 + Math.floor(rnd() * 3),
      lapses: 0,
      learningSteps: 1,
    };
  }
  return { state: 0, due: new Date(now - 30 * DAY) };
}

/** One user with `cards` questions/cards spread over `lessons` lessons; returns the user row. */
export async function seedHeavyUser(db: TDb, cards: number, now: Date, lessons = 5, seed = 7) {
  const rnd = mulberry32(seed);
  const user = await db.user.create({ data: { email: `heavy-${process.pid}@example.com`, name: "Heavy learner" } });
  const perLesson = Math.ceil(cards / lessons);
  await db.lesson.createMany({
    data: Array.from({ length: lessons }, (_, l) => ({
      id: `bench-lesson-${l}`,
      slug: `bench-lesson-${l}`,
      number: 100 + l,
      title: `Bench lesson ${l}`,
      tagline: "",
      minutes: 10,
      level: "intro",
      eli5: "",
      body: "{}",
      sourceFile: "bench",
      contentHash: "bench",
    })),
  });
  for (let start = 0; start < cards; start += CHUNK) {
    const n = Math.min(CHUNK, cards - start);
    const ids = Array.from({ length: n }, (_, i) => start + i);
    const sortKey = (i: number) => (100 + Math.floor(i / perLesson)) * 1_000_000 + (i % perLesson);
    await db.question.createMany({
      data: ids.map((i) => ({
        id: `bench-q-${i}`,
        key: `bench-q-${i}`,
        lessonId: `bench-lesson-${Math.floor(i / perLesson)}`,
        kind: i % 3 ? "recall" : "interview",
        prompt: `Synthetic question number ${i}: what does this benchmark measure?`,
        modelAnswer: `The answer to question ${i}.`,
        position: i % perLesson,
        sortKey: sortKey(i),
        contentHash: "bench",
      })),
    });
    await db.card.createMany({
      data: ids.map((i) => ({
        userId: user.id,
        questionId: `bench-q-${i}`,
        newOrder: sortKey(i),
        ...cardState(rnd, now.getTime()),
      })),
    });
  }
  return user;
}

export type TQueueTiming = { runs: number; median: number; p95: number; shown: number; counts: Record<string, number> };

/** getQueue timed `runs` times after `warmup` untimed calls. */
export async function timeQueue(db: TDb, user: TQueueUser, now: Date, runs = 50, warmup = 5): Promise<TQueueTiming> {
  let last: Awaited<ReturnType<typeof getQueue>> | undefined;
  for (let i = 0; i < warmup; i++) last = await getQueue(db, user, now);
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    last = await getQueue(db, user, now);
    ms.push(performance.now() - t0);
  }
  return {
    runs,
    median: percentile(ms, 50),
    p95: percentile(ms, 95),
    shown: last?.cards.length ?? 0,
    counts: last?.counts ?? {},
  };
}
