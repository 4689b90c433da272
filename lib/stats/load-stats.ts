import "server-only";
// One loader per Stats widget: the reads (read-stats) fed through the pure
// math. Each is awaited inside its own <Suspense>, so a slow one never holds
// back the others; shared reads are made once per request (React cache).
import { cache } from "react";
import { db } from "@/lib/db";
import { dbProvider } from "@/lib/db/client";
import { userDay } from "@/lib/review/user-day";
import { cardDistribution } from "./card-distribution";
import { chapterStats } from "./chapter-stats";
import { dayRange, makeDayKeyer } from "./day-keys";
import { forecast } from "./forecast";
import { overrideStats } from "./override-stats";
import { makeRetrievability } from "./retrievability";
import { dayStateGroups, retentionGroups } from "./day-groups";
import { addDays } from "./day-keys";
import {
  readActiveDays,
  readCards,
  readDayGroups,
  readLessons,
  readInterviewScores,
  readOverrideGroups,
  readRetention,
  readWrongAnswerCounts,
} from "./read-stats";
import { reviewDaysFromGroups } from "./reviews-per-day";
import { computeStreaks } from "./streaks";
import { retentionFromGroups } from "./true-retention";

export type TStatsUser = {
  id: string;
  timezone: string;
  dayStartHour: number;
  desiredRetention: number;
  fsrsWeights: string | null;
};

const clockOf = (u: TStatsUser) => ({ timezone: u.timezone, dayStartHour: u.dayStartHour });
// better-sqlite3 runs queries synchronously on the event loop, so widgets whose
// reads all start at once finish in one stretch and React writes them out
// together. Instead they take turns, each a few event-loop turns after the one
// before: enough for the shell, then each finished widget, to be rendered and
// written to the socket before the next one's reads block the loop. PostgreSQL's
// reads wait on the network, so there the widgets run together (taking turns
// doubled the page's time), after the same few turns for the shell to go out.
const HOPS = 4;
const hops = (n: number) =>
  new Promise<void>((resolve) => {
    let i = 0;
    const step = () => (++i >= n ? resolve() : setImmediate(step));
    setImmediate(step);
  });
const turns = cache(() => ({ last: Promise.resolve() }));
async function afterShell(): Promise<() => void> {
  if (dbProvider(db()) !== "sqlite") {
    await hops(HOPS);
    return () => {};
  }
  const t = turns();
  const previous = t.last;
  let done!: () => void;
  t.last = new Promise<void>((resolve) => (done = resolve));
  await previous;
  await hops(HOPS);
  return done;
}

export async function loadReviews(user: TStatsUser, now: Date, deckId?: string) {
  const done = await afterShell();
  try {
    const today = userDay(user, now).day;
    const { groups, unstamped } = await readDayGroups(user.id, addDays(today, -364), now.getTime(), deckId);
    // Logs without a stored day go through the pure definition on today's settings.
    return reviewDaysFromGroups([...groups, ...dayStateGroups(unstamped, makeDayKeyer(clockOf(user)))], today, 365);
  } finally {
    done();
  }
}

export async function loadCalendar(user: TStatsUser, now: Date) {
  const done = await afterShell();
  try {
    const today = userDay(user, now).day;
    const active = await readActiveDays(user.id);
    const counts = new Map(active.map((a) => [a.day, a.reviews]));
    return {
      days: dayRange(today, 365).map((day) => ({ day, count: counts.get(day) ?? 0 })),
      streaks: computeStreaks(
        active.map((a) => a.day),
        today,
      ),
    };
  } finally {
    done();
  }
}

export async function loadForecast(user: TStatsUser, now: Date, deckId?: string) {
  const done = await afterShell();
  try {
    const cards = await readCards(user.id, deckId);
    const dues = cards.filter((c) => c.state !== 0 && !c.suspended).map((c) => c.due);
    return forecast(dues, makeDayKeyer(clockOf(user)), userDay(user, now).day, 30);
  } finally {
    done();
  }
}

export async function loadRetention(user: TStatsUser, now: Date, deckId?: string) {
  const done = await afterShell();
  try {
    const today = userDay(user, now).day;
    const { groups, unstamped } = await readRetention(user.id, addDays(today, -364), now.getTime(), deckId);
    const rows = retentionFromGroups([...groups, ...retentionGroups(unstamped, makeDayKeyer(clockOf(user)))], today);
    return { rows, desired: user.desiredRetention };
  } finally {
    done();
  }
}

// Computed once per request: the Cards and Per chapter widgets both need it.
const cardsNow = cache(async (userId: string, nowMs: number, fsrsWeights: string | null, deckId?: string) => {
  const r = makeRetrievability(fsrsWeights);
  const now = new Date(nowMs);
  return (await readCards(userId, deckId)).map((c) => ({ ...c, retrievability: r(c, now) }));
});

export async function loadCardStats(user: TStatsUser, now: Date, deckId?: string) {
  const done = await afterShell();
  try {
    return cardDistribution(await cardsNow(user.id, now.getTime(), user.fsrsWeights, deckId), now);
  } finally {
    done();
  }
}

export async function loadChapters(user: TStatsUser, now: Date, deckId?: string) {
  const done = await afterShell();
  try {
    const [cards, lessons, wrong] = await Promise.all([
      cardsNow(user.id, now.getTime(), user.fsrsWeights, deckId),
      readLessons(user.id, deckId),
      readWrongAnswerCounts(user.id, deckId),
    ]);
    return chapterStats(lessons, cards, wrong);
  } finally {
    done();
  }
}

export async function loadScorer(user: TStatsUser, deckId?: string) {
  const done = await afterShell();
  try {
    const [groups, lessons] = await Promise.all([readOverrideGroups(user.id, deckId), readLessons(user.id, deckId)]);
    const stats = overrideStats(groups);
    const title = new Map(lessons.map((l) => [l.id, `${l.number}. ${l.title}`]));
    const number = new Map(lessons.map((l) => [l.id, l.number]));
    return {
      ...stats,
      byChapter: stats.byChapter
        .map((c) => ({ ...c, title: title.get(c.lessonId) ?? "Retired chapter" }))
        .sort((a, b) => (number.get(a.lessonId) ?? 1e9) - (number.get(b.lessonId) ?? 1e9)),
    };
  } finally {
    done();
  }
}

export async function loadInterviews(user: TStatsUser) {
  const done = await afterShell();
  try {
    return readInterviewScores(user.id);
  } finally {
    done();
  }
}
