// The Interview history: the user's own interviews, newest first, bounded.
import type { TDb } from "@/lib/db/client";
import { owned } from "@/lib/db/owned";

const HISTORY_TAKE = 50;

export async function listInterviews(db: TDb, userId: string) {
  const rows = await owned(db, userId).interviewSession.findMany({
    orderBy: { startedAt: "desc" },
    take: HISTORY_TAKE,
    select: {
      id: true,
      startedAt: true,
      status: true,
      mode: true,
      scope: true,
      score: true,
      questionCount: true,
      endedEarly: true,
    },
  });
  const slugs = [...new Set(rows.flatMap((r) => JSON.parse(r.scope) as string[]))];
  const lessons = slugs.length
    ? await db.lesson.findMany({ where: { slug: { in: slugs } }, select: { slug: true, title: true } })
    : [];
  const title = new Map(lessons.map((l) => [l.slug, l.title]));
  return rows.map((r) => {
    const scope = JSON.parse(r.scope) as string[];
    return {
      id: r.id,
      startedAt: r.startedAt.toISOString(),
      status: r.status,
      mode: r.mode,
      score: r.score,
      questions: r.questionCount,
      endedEarly: r.endedEarly,
      scope: scope.length ? scope.map((s) => title.get(s) ?? s).join(", ") : "All chapters",
    };
  });
}
export type THistoryRow = Awaited<ReturnType<typeof listInterviews>>[number];
