// The Lessons list: every live chapter with its question counts and the
// signed-in user's progress. Three queries whatever the course size (no
// per-chapter round trips); progress is tallied here because cards reach
// their chapter only through their question, which Prisma cannot group by.
import "server-only";
import type { TDb } from "@/lib/db/client";
import { studyableBy } from "@/lib/decks/access";
import { isDue } from "@/lib/review/due-rules";
import { userDay, type TUserClock } from "@/lib/review/user-day";
import { owned } from "@/lib/db/owned";

export type TLessonSummary = {
  slug: string;
  number: number;
  title: string;
  tagline: string;
  minutes: number;
  level: string;
  /** The deck the chapter belongs to (the course first, then the user's and teams' decks). */
  deck: { id: string; name: string; kind: string };
  recall: number;
  interview: number;
  /** Live questions of the chapter: each user has one card per question. */
  total: number;
  /** The user's cards of this chapter reviewed at least once (state != New). */
  reviewed: number;
  /** Reviewed cards due by the one rule of lib/review/due-rules.ts, as Today and the queue count them (new cards are not "due"). */
  due: number;
};

export async function getLessonsWithProgress(
  db: TDb,
  user: TUserClock & { id: string },
  now: Date,
): Promise<TLessonSummary[]> {
  const userId = user.id;
  const dayEnd = userDay(user, now).end;
  const live = { retired: false, lesson: { retired: false } };
  const [lessons, counts, cards] = await Promise.all([
    db.lesson.findMany({
      // Only chapters of decks the user studies: another user's deck is not even a title here.
      where: { retired: false, deck: studyableBy(userId) },
      orderBy: [{ deck: { kind: "asc" } }, { deck: { createdAt: "asc" } }, { number: "asc" }],
      select: {
        id: true,
        slug: true,
        number: true,
        title: true,
        tagline: true,
        minutes: true,
        level: true,
        deck: { select: { id: true, name: true, kind: true } },
      },
    }),
    db.question.groupBy({
      by: ["lessonId", "kind"],
      where: { ...live, deck: studyableBy(userId) },
      _count: { _all: true },
    }),
    // At most one row per live question: a user has one card per question.
    owned(db, userId).card.findMany({
      where: { retired: false, state: { not: 0 }, question: live },
      select: { state: true, due: true, suspended: true, buriedUntil: true, question: { select: { lessonId: true } } },
    }),
  ]);
  const tally = new Map(lessons.map((l) => [l.id, { recall: 0, interview: 0, reviewed: 0, due: 0 }]));
  for (const c of counts) {
    const t = tally.get(c.lessonId);
    if (t && (c.kind === "recall" || c.kind === "interview")) t[c.kind] += c._count._all;
  }
  for (const card of cards) {
    const t = tally.get(card.question.lessonId);
    if (!t) continue;
    t.reviewed++;
    if (isDue(card, now, dayEnd)) t.due++;
  }
  return lessons.map(({ id, ...l }) => {
    const t = tally.get(id)!;
    return { ...l, ...t, total: t.recall + t.interview };
  });
}
