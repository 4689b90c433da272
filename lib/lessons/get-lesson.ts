// One chapter for its lesson page. The body column is JSON written by the
// importer; it is validated against the parser's own schemas here rather
// than cast, so a stale or hand-edited row fails loudly instead of rendering
// half a page.
import "server-only";
import type { TDb } from "@/lib/db/client";
import { studyableBy } from "@/lib/decks/access";
import { ZChapter } from "@/lib/content/types";
import { z } from "zod";

export const ZLessonBody = ZChapter.pick({
  intro: true,
  sections: true,
  inTheWild: true,
  applyNow: true,
  bridge: true,
  next: true,
});
export type TLessonBody = z.infer<typeof ZLessonBody>;

export type TLessonQuestion = {
  id: string;
  kind: "recall" | "interview";
  prompt: string;
  modelAnswer: string;
  answerSource: string;
  sectionSlug: string | null;
  wrongAnswer: string | null;
};
export type TChapterLink = { slug: string; number: number; title: string };
export type TLessonPage = {
  slug: string;
  number: number;
  title: string;
  tagline: string;
  minutes: number;
  level: string;
  eli5: string;
  body: TLessonBody;
  questions: TLessonQuestion[];
  next: TChapterLink | null;
};

/** The live chapter with this slug in a deck the user studies, or null (unknown, retired or not theirs: all "not found"). */
export async function getLesson(db: TDb, slug: string, userId: string): Promise<TLessonPage | null> {
  const row = await db.lesson.findFirst({
    where: { slug, deck: studyableBy(userId) },
    select: {
      id: true,
      deckId: true,
      slug: true,
      number: true,
      title: true,
      tagline: true,
      minutes: true,
      level: true,
      eli5: true,
      body: true,
      retired: true,
      questions: {
        where: { retired: false },
        orderBy: { position: "asc" },
        select: {
          id: true,
          kind: true,
          prompt: true,
          modelAnswer: true,
          answerSource: true,
          sectionSlug: true,
          wrongAnswer: true,
        },
      },
    },
  });
  if (!row || row.retired) return null;
  const { id, deckId, body: json, retired: _retired, questions, ...header } = row;
  const body = parseBody(json, slug);
  return {
    ...header,
    body,
    questions: questions.flatMap((q) =>
      q.kind === "recall" || q.kind === "interview" ? [{ ...q, kind: q.kind }] : [],
    ),
    next: await findNext(db, id, deckId, row.number, body.next?.number ?? null),
  };
}

function parseBody(json: string, slug: string): TLessonBody {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    throw new Error(`lesson ${slug}: body is not JSON; re-import the content`);
  }
  const r = ZLessonBody.safeParse(raw);
  if (!r.success)
    throw new Error(
      `lesson ${slug}: body does not match the chapter schema (${r.error.issues[0]?.message}); re-import the content`,
    );
  return r.data;
}

// The Bridge names the next chapter by number; when that chapter is gone (or
// the Bridge names none) the next live chapter in course order stands in.
async function findNext(
  db: TDb,
  id: string,
  deckId: string,
  number: number,
  bridged: number | null,
): Promise<TChapterLink | null> {
  const later = await db.lesson.findMany({
    where: {
      retired: false,
      deckId,
      id: { not: id },
      OR: [{ number: { gt: number } }, ...(bridged === null ? [] : [{ number: bridged }])],
    },
    orderBy: { number: "asc" },
    select: { slug: true, number: true, title: true },
  });
  return later.find((l) => l.number === bridged) ?? later.find((l) => l.number > number) ?? null;
}
