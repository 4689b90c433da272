// Import of an "export everything" file into the signed-in account. The whole
// file is validated first; then one transaction restores it, or nothing.
// Idempotent: a card is restored only when the file's last review is later
// than the card's; a log only when its idempotency key is new; an interview
// only when none started at the same instant; a day's activity only when the
// account has no row for that day. Re-importing the same file changes nothing.
import type { TDb } from "@/lib/db/client";
import { studyableBy } from "@/lib/decks/access";
import { DomainError } from "@/lib/errors/domain-error";
import { EXPORT_FORMAT, EXPORT_VERSION, ZExportFile, type TExportFile } from "./export-format";
import { stampLogDays } from "@/lib/stats/stamp-log-days";
import { owned } from "@/lib/db/owned";

export type TImportResult = {
  cards: number;
  reviewLogs: number;
  interviews: number;
  activityDays: number;
  settings: boolean;
  skipped: { unknownQuestions: number };
};
/** A file the import refuses whole: a 400 with the API code saying why. */
const refused = (apiCode: "unsupported_version" | "invalid_export", message: string) =>
  new DomainError("invalid", message, { apiCode });

const CHUNK = 1_000;
const chunks = <T>(xs: T[], n = CHUNK) =>
  Array.from({ length: Math.ceil(xs.length / n) }, (_, i) => xs.slice(i * n, i * n + n));

/** Parses and validates the text of an export; throws a DomainError with a message a person can act on. */
export function parseExport(text: string): TExportFile {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw refused("invalid_export", "The file is not valid JSON (damaged or cut short). Nothing was imported.");
  }
  const head = raw as { format?: unknown; version?: unknown } | null;
  if (!head || typeof head !== "object" || head.format !== EXPORT_FORMAT) {
    throw refused(
      "invalid_export",
      'This is not a Deckhand export (no "format": "deckhand-export"). Nothing was imported.',
    );
  }
  if (typeof head.version === "number" && head.version > EXPORT_VERSION) {
    throw refused(
      "unsupported_version",
      `This file is format version ${head.version}, from a newer Deckhand; this one reads version ${EXPORT_VERSION}. Nothing was imported.`,
    );
  }
  const parsed = ZExportFile.safeParse(raw);
  if (!parsed.success) {
    const i = parsed.error.issues[0]!;
    throw refused(
      "invalid_export",
      `The file is damaged: ${i.path.join(".") || "file"}: ${i.message}. Nothing was imported.`,
    );
  }
  return parsed.data;
}

const SETTINGS = [
  "timezone",
  "dayStartHour",
  "desiredRetention",
  "fsrsWeights",
  "newPerDay",
  "reviewsPerDay",
  "enableFuzz",
  "learningSteps",
  "relearningSteps",
  "leechThreshold",
] as const;

export async function importExport(db: TDb, userId: string, file: TExportFile): Promise<TImportResult> {
  return db.$transaction(
    async (tx) => {
      const t = owned(tx, userId);
      const keys = [
        ...new Set([
          ...file.cards.map((c) => c.questionKey),
          ...file.reviewLogs.map((l) => l.questionKey),
          ...file.interviews.flatMap((s) => s.answers.map((a) => a.questionKey)),
        ]),
      ];
      const questionOf = new Map<string, string>();
      for (const part of chunks(keys)) {
        // Only questions of decks the user studies: a key from someone else's deck is unknown here.
        for (const q of await tx.question.findMany({
          where: { key: { in: part }, deck: studyableBy(userId) },
          select: { id: true, key: true },
        }))
          questionOf.set(q.key, q.id);
      }
      const questionIds = [...questionOf.values()];
      const existing = new Map<string, { id: string; lastReview: Date | null }>();
      for (const part of chunks(questionIds)) {
        for (const c of await t.card.findMany({
          where: { questionId: { in: part } },
          select: { id: true, questionId: true, lastReview: true },
        }))
          existing.set(c.questionId, c);
      }
      let unknown = 0;
      let cards = 0;
      for (const c of file.cards) {
        const questionId = questionOf.get(c.questionKey);
        if (!questionId) {
          unknown++;
          continue;
        }
        const { questionKey: _, deck: _deck, question: _text, ...state } = c;
        const mine = existing.get(questionId);
        if (!mine) {
          const q = await tx.question.findUniqueOrThrow({
            where: { id: questionId },
            select: { sortKey: true, retired: true, deckId: true },
          });
          const created = await t.card.create({
            data: { userId, questionId, newOrder: q.sortKey, retired: q.retired, deckId: q.deckId, ...state },
            select: { id: true },
          });
          existing.set(questionId, { id: created.id, lastReview: c.lastReview });
          cards++;
        } else if (c.lastReview && (!mine.lastReview || c.lastReview > mine.lastReview)) {
          await t.card.update({ where: { id: mine.id }, data: { ...state, version: { increment: 1 } } });
          cards++;
        }
      }

      const keysInFile = file.reviewLogs.map((l) => l.idempotencyKey);
      const known = new Set<string>();
      for (const part of chunks(keysInFile)) {
        for (const l of await t.reviewLog.findMany({
          where: { idempotencyKey: { in: part } },
          select: { idempotencyKey: true },
        }))
          known.add(l.idempotencyKey);
      }
      const newLogs = file.reviewLogs.flatMap(({ questionKey, ...l }) => {
        const card = existing.get(questionOf.get(questionKey) ?? "");
        if (!card || known.has(l.idempotencyKey)) return [];
        known.add(l.idempotencyKey); // a file repeating a key counts it once
        return [{ userId, cardId: card.id, ...l }];
      });
      for (const part of chunks(newLogs)) await t.reviewLog.createMany({ data: part });

      let interviews = 0;
      const lessons = new Map(
        (await tx.lesson.findMany({ where: { deck: studyableBy(userId) }, select: { id: true, slug: true } })).map(
          (l) => [l.slug, l.id],
        ),
      );
      for (const s of file.interviews) {
        if (await t.interviewSession.findFirst({ where: { startedAt: s.startedAt }, select: { id: true } })) continue;
        const { answers, lessonSlug, ...session } = s;
        await t.interviewSession.create({
          data: {
            userId,
            ...session,
            lessonId: lessonSlug ? (lessons.get(lessonSlug) ?? null) : null,
            answers: {
              create: answers.flatMap(({ questionKey, ...a }) => {
                const questionId = questionOf.get(questionKey);
                return questionId ? [{ questionId, userId, ...a }] : [];
              }),
            },
          },
        });
        interviews++;
      }

      const days = new Set((await t.dailyActivity.findMany({ select: { day: true } })).map((d) => d.day));
      const newDays = file.activity.filter((a) => !days.has(a.day));
      for (const part of chunks(newDays))
        await t.dailyActivity.createMany({ data: part.map((a) => ({ userId, ...a })) });

      const me = await tx.user.findUniqueOrThrow({
        where: { id: userId },
        select: Object.fromEntries(SETTINGS.map((k) => [k, true])) as Record<(typeof SETTINGS)[number], true>,
      });
      const changed = SETTINGS.filter((k) => me[k] !== file.profile[k]);
      if (changed.length)
        await tx.user.update({
          where: { id: userId },
          data: Object.fromEntries(changed.map((k) => [k, file.profile[k]])),
        });
      // The file carries no local days: stamp them on the settings just restored (Stats reads them).
      if (newLogs.length) await stampLogDays(tx, userId);

      return {
        cards,
        reviewLogs: newLogs.length,
        interviews,
        activityDays: newDays.length,
        settings: changed.length > 0,
        skipped: { unknownQuestions: unknown },
      };
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}
