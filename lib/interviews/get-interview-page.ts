import "server-only";
import { db } from "@/lib/db";
import { studyableBy } from "@/lib/decks/access";
import { listInterviews } from "./list-interviews";

/** What /interview shows: the user's past interviews, their decks and the chapters to start from. */
export async function getInterviewPage(userId: string) {
  const [history, lessons, decks] = await Promise.all([
    listInterviews(db(), userId),
    db().lesson.findMany({
      // Chapters of the decks the user studies: interviews can be started on any deck's chapters.
      where: { retired: false, deck: studyableBy(userId) },
      orderBy: { number: "asc" },
      select: {
        slug: true,
        number: true,
        title: true,
        _count: { select: { questions: { where: { retired: false, kind: "interview" } } } },
      },
    }),
    db().deck.findMany({
      where: studyableBy(userId),
      orderBy: [{ kind: "asc" }, { createdAt: "asc" }],
      select: { id: true, name: true },
      take: 200,
    }),
  ]);
  return { history, lessons, decks };
}
