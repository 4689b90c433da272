// Writes checked chapters to the database in one transaction. Identity is the
// question key (chapter slug + normalized question text), so review state
// hangs off keys that survive answer edits; see content/README.md.
import type { TDb } from "@/lib/db/client";
import type { TChapter } from "./types";
import { toQuestionRows, type TQuestionRow } from "./to-question-rows";
import { createCardsForQuestions } from "@/lib/cards/create-cards";
import { matchSmallEdits } from "./match-small-edits";

export type TImportSummary = {
  lessons: { created: number; updated: number; unchanged: number; retired: number };
  questions: { created: number; updated: number; unchanged: number; retired: number };
};
type TOptions = {
  onProgress?: (done: number, total: number) => void;
  now?: Date;
  /** The chapters are the whole course: lessons missing from them are retired. */
  complete?: boolean;
  /** A user or team deck: its lessons only, cards for its students only, small question edits keep history. */
  deck?: { id: string; students: readonly string[] };
  /** Runs inside the transaction after the writes; throwing undoes them all (caps, previews). */
  check?: (tx: TTx, summary: TImportSummary) => Promise<void>;
};

// Rows per INSERT: well under SQLite's bound-parameter limit.
const CARD_CHUNK = 5_000;

export type TTx = Parameters<Parameters<TDb["$transaction"]>[0]>[0];

export async function importContent(db: TDb, chapters: TChapter[], options: TOptions = {}): Promise<TImportSummary> {
  const summary: TImportSummary = {
    lessons: { created: 0, updated: 0, unchanged: 0, retired: 0 },
    questions: { created: 0, updated: 0, unchanged: 0, retired: 0 },
  };
  await db.$transaction(
    async (tx) => {
      const deckId = options.deck?.id ?? "course";
      const lessons = new Map((await tx.lesson.findMany({ where: { deckId }, select: { id: true, slug: true, contentHash: true, retired: true } })).map((l) => [l.slug, l]));
      let done = 0;
      for (const chapter of chapters) {
        const existing = lessons.get(chapter.slug);
        const data = { ...lessonData(chapter), deckId };
        let lessonId: string;
        if (!existing) {
          lessonId = (await tx.lesson.create({ data, select: { id: true } })).id;
          summary.lessons.created++;
        } else {
          lessonId = existing.id;
          if (existing.contentHash !== chapter.contentHash || existing.retired) {
            await tx.lesson.update({ where: { id: lessonId }, data: { ...data, retired: false } });
            summary.lessons.updated++;
          } else summary.lessons.unchanged++;
        }
        await syncQuestions(tx, lessonId, toQuestionRows(chapter), summary, options.now ?? new Date(), options.deck);
        options.onProgress?.(++done, chapters.length);
      }
      if (options.complete) await retireMissingLessons(tx, chapters, summary, deckId);
      await options.check?.(tx, summary);
    },
    { timeout: 10 * 60_000, maxWait: 30_000 },
  );
  return summary;
}

function lessonData(c: TChapter) {
  return {
    slug: c.slug, number: c.number, title: c.title, tagline: c.tagline ?? "", minutes: c.minutes ?? 0,
    level: c.level ?? "", eli5: c.eli5 ?? "", sourceFile: c.file, contentHash: c.contentHash,
    body: JSON.stringify({ intro: c.intro, sections: c.sections, inTheWild: c.inTheWild, applyNow: c.applyNow, bridge: c.bridge, next: c.next }),
  };
}

async function syncQuestions(tx: TTx, lessonId: string, rows: TQuestionRow[], summary: TImportSummary, now: Date, deck?: TOptions["deck"]) {
  const existing = await tx.question.findMany({ where: { lessonId }, select: { id: true, key: true, kind: true, prompt: true, contentHash: true, retired: true, sortKey: true } });
  const byKey = new Map(existing.map((q) => [q.key, q]));
  // A reworded question of a deck keeps its card when it is close enough (match-small-edits.ts).
  if (deck) for (const [key, q] of matchSmallEdits(rows, existing)) byKey.set(key, q);
  const fresh: TQuestionRow[] = [];
  const revived: { id: string; sortKey: number }[] = [];
  for (const row of rows) {
    const q = byKey.get(row.key);
    if (!q) fresh.push(row);
    else if (q.contentHash !== row.contentHash || q.retired || q.sortKey !== row.sortKey) {
      // Only the question row changes: cards and review logs keep pointing at it.
      await tx.question.update({ where: { id: q.id }, data: { ...row, retired: false } });
      if (q.retired || q.sortKey !== row.sortKey) {
        await tx.card.updateMany({ where: { questionId: q.id }, data: { retired: false, newOrder: row.sortKey } });
      }
      if (q.retired) revived.push({ id: q.id, sortKey: row.sortKey });
      summary.questions.updated++;
    } else summary.questions.unchanged++;
  }
  await addMissingCards(tx, revived, now, deck);
  if (fresh.length) {
    await tx.question.createMany({ data: fresh.map((r) => ({ ...r, lessonId, deckId: deck?.id ?? "course" })) });
    const created = await tx.question.findMany({ where: { key: { in: fresh.map((r) => r.key) } }, select: { id: true, sortKey: true, deckId: true } });
    await createCardsForQuestions(tx, created, now, deck?.students);
  }
  summary.questions.created += fresh.length;
  const keep = new Set(rows.map((r) => byKey.get(r.key)?.key ?? r.key));
  await retireQuestions(tx, existing.filter((q) => !q.retired && !keep.has(q.key)).map((q) => q.id), summary);
}

// Sign-up only gives cards for live questions, so whoever joined while a
// question was retired has none for it when it comes back.
async function addMissingCards(tx: TTx, questions: { id: string; sortKey: number }[], now: Date, deck?: TOptions["deck"]) {
  for (const q of questions) {
    const users = await tx.user.findMany({
      where: { cards: { none: { questionId: q.id } }, ...(deck ? { id: { in: [...deck.students] } } : {}) },
      select: { id: true },
    });
    for (let i = 0; i < users.length; i += CARD_CHUNK) {
      const data = users.slice(i, i + CARD_CHUNK).map((u) => ({ userId: u.id, questionId: q.id, newOrder: q.sortKey, due: now, deckId: deck?.id ?? "course" }));
      await tx.card.createMany({ data });
    }
  }
}

// Retired, never deleted: review history stays, and the cards leave every queue.
async function retireQuestions(tx: TTx, ids: string[], summary: TImportSummary) {
  if (!ids.length) return;
  await tx.question.updateMany({ where: { id: { in: ids } }, data: { retired: true } });
  await tx.card.updateMany({ where: { questionId: { in: ids } }, data: { retired: true } });
  summary.questions.retired += ids.length;
}

async function retireMissingLessons(tx: TTx, chapters: TChapter[], summary: TImportSummary, deckId: string) {
  const slugs = chapters.map((c) => c.slug);
  const missing = await tx.lesson.findMany({ where: { deckId, slug: { notIn: slugs }, retired: false }, select: { id: true } });
  if (!missing.length) return;
  const ids = missing.map((l) => l.id);
  await tx.lesson.updateMany({ where: { id: { in: ids } }, data: { retired: true } });
  const questions = await tx.question.findMany({ where: { lessonId: { in: ids }, retired: false }, select: { id: true } });
  await retireQuestions(tx, questions.map((q) => q.id), summary);
  summary.lessons.retired += ids.length;
}
