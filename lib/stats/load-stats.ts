import "server-only";
// One loader per Stats widget: the reads (read-stats) fed through the pure
// math. Each is awaited inside its own <Suspense>, so a slow one never holds
// back the others; shared reads are made once per request (React cache).
import { cache } from "react";
import { userDay } from "@/lib/review/user-day";
import { cardDistribution } from "./card-distribution";
import { chapterStats } from "./chapter-stats";
import { dayRange, makeDayKeyer } from "./day-keys";
import { forecast } from "./forecast";
import { overrideStats } from "./override-stats";
import { makeRetrievability } from "./retrievability";
import { dayStateGroups, retentionGroups } from "./day-groups";
import { addDays } from "./day-keys";
import { readActiveDays, readCards, readDayGroups, readLessons, readInterviewScores, readOverrideGroups, readRetention, readWrongAnswerCounts } from "./read-stats";
import { reviewDaysFromGroups } from "./reviews-per-day";
import { computeStreaks } from "./streaks";
import { retentionFromGroups } from "./true-retention";

export type TStatsUser = { id: string; timezone: string; dayStartHour: number; desiredRetention: number; fsrsWeights: string | null };

const clockOf = (u: TStatsUser) => ({ timezone: u.timezone, dayStartHour: u.dayStartHour });
// better-sqlite3 runs queries synchronously on the event loop: yielding once
// before the reads lets the page shell (and the loading states) be written to
// the socket first, instead of after the first widget's queries.
const afterShell = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function loadReviews(user: TStatsUser, now: Date) {
  await afterShell();
  const today = userDay(user, now).day;
  const { groups, unstamped } = await readDayGroups(user.id, addDays(today, -364), now.getTime());
  // Logs without a stored day go through the pure definition on today's settings.
  return reviewDaysFromGroups([...groups, ...dayStateGroups(unstamped, makeDayKeyer(clockOf(user)))], today, 365);
}

export async function loadCalendar(user: TStatsUser, now: Date) {
  await afterShell();
  const today = userDay(user, now).day;
  const active = await readActiveDays(user.id);
  const counts = new Map(active.map((a) => [a.day, a.reviews]));
  return {
    days: dayRange(today, 365).map((day) => ({ day, count: counts.get(day) ?? 0 })),
    streaks: computeStreaks(active.map((a) => a.day), today),
  };
}

export async function loadForecast(user: TStatsUser, now: Date) {
  await afterShell();
  const cards = await readCards(user.id);
  const dues = cards.filter((c) => c.state !== 0 && !c.suspended).map((c) => c.due);
  return forecast(dues, makeDayKeyer(clockOf(user)), userDay(user, now).day, 30);
}

export async function loadRetention(user: TStatsUser, now: Date) {
  await afterShell();
  const today = userDay(user, now).day;
  const { groups, unstamped } = await readRetention(user.id, addDays(today, -364), now.getTime());
  const rows = retentionFromGroups([...groups, ...retentionGroups(unstamped, makeDayKeyer(clockOf(user)))], today);
  return { rows, desired: user.desiredRetention };
}

// Computed once per request: the Cards and Per chapter widgets both need it.
const cardsNow = cache(async (userId: string, nowMs: number, fsrsWeights: string | null) => {
  const r = makeRetrievability(fsrsWeights);
  const now = new Date(nowMs);
  return (await readCards(userId)).map((c) => ({ ...c, retrievability: r(c, now) }));
});

export async function loadCardStats(user: TStatsUser, now: Date) {
  await afterShell();
  return cardDistribution(await cardsNow(user.id, now.getTime(), user.fsrsWeights), now);
}

export async function loadChapters(user: TStatsUser, now: Date) {
  await afterShell();
  const [cards, lessons, wrong] = await Promise.all([cardsNow(user.id, now.getTime(), user.fsrsWeights), readLessons(), readWrongAnswerCounts(user.id)]);
  return chapterStats(lessons, cards, wrong);
}

export async function loadScorer(user: TStatsUser) {
  await afterShell();
  const [groups, lessons] = await Promise.all([readOverrideGroups(user.id), readLessons()]);
  const stats = overrideStats(groups);
  const title = new Map(lessons.map((l) => [l.id, `${l.number}. ${l.title}`]));
  const number = new Map(lessons.map((l) => [l.id, l.number]));
  return {
    ...stats,
    byChapter: stats.byChapter
      .map((c) => ({ ...c, title: title.get(c.lessonId) ?? "Retired chapter" }))
      .sort((a, b) => (number.get(a.lessonId) ?? 1e9) - (number.get(b.lessonId) ?? 1e9)),
  };
}

export async function loadInterviews(user: TStatsUser) {
  await afterShell();
  return readInterviewScores(user.id);
}
