// "Export everything" as one JSON document, written in batches so memory
// stays flat: the profile (never the password hash), cards and logs by
// question key, interviews, daily activity and team memberships.
import type { TDb } from "@/lib/db/client";
import { afterKey, batchedRows, EXPORT_BATCH } from "./batched-rows";
import { EXPORT_FORMAT, EXPORT_VERSION } from "./export-format";
import { owned } from "@/lib/db/owned";

const PROFILE_SELECT = {
  email: true,
  name: true,
  timezone: true,
  dayStartHour: true,
  desiredRetention: true,
  fsrsWeights: true,
  newPerDay: true,
  reviewsPerDay: true,
  enableFuzz: true,
  learningSteps: true,
  relearningSteps: true,
  leechThreshold: true,
  createdAt: true,
} as const;
const CARD_SELECT = {
  id: true,
  createdAt: true,
  due: true,
  stability: true,
  difficulty: true,
  elapsedDays: true,
  scheduledDays: true,
  learningSteps: true,
  reps: true,
  lapses: true,
  state: true,
  lastReview: true,
  suspended: true,
  buriedUntil: true,
  leech: true,
  question: { select: { key: true, prompt: true, deck: { select: { name: true } } } },
} as const;
const LOG_SELECT = {
  id: true,
  cardId: true,
  rating: true,
  state: true,
  due: true,
  stability: true,
  difficulty: true,
  elapsedDays: true,
  lastElapsedDays: true,
  scheduledDays: true,
  learningSteps: true,
  review: true,
  answer: true,
  score: true,
  verdict: true,
  suggestedRating: true,
  durationMs: true,
  source: true,
  nextDue: true,
  nextState: true,
  leech: true,
  idempotencyKey: true,
  undone: true,
} as const;

const list = (rows: unknown[], first: boolean) => (first ? "" : ",") + rows.map((r) => JSON.stringify(r)).join(",");

export async function* exportJsonChunks(
  db: TDb,
  userId: string,
  now: Date,
  batch = EXPORT_BATCH,
): AsyncGenerator<string> {
  const mine = owned(db, userId);
  const profile = await db.user.findUniqueOrThrow({ where: { id: userId }, select: PROFILE_SELECT });
  yield `{"format":${JSON.stringify(EXPORT_FORMAT)},"version":${EXPORT_VERSION},"exportedAt":${JSON.stringify(now)},"profile":${JSON.stringify(profile)},"cards":[`;

  const keyOf = new Map<string, string>();
  let first = true;
  for await (const rows of batchedRows(
    (after, take) =>
      mine.card.findMany({
        where: afterKey("createdAt", after),
        select: CARD_SELECT,
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        take,
      }),
    (c) => c.createdAt,
    batch,
  )) {
    yield list(
      rows.map(({ id, createdAt: _, question, ...c }) => {
        keyOf.set(id, question.key);
        return { questionKey: question.key, deck: question.deck.name, question: question.prompt, ...c };
      }),
      first,
    );
    first = false;
  }

  yield `],"reviewLogs":[`;
  first = true;
  for await (const rows of batchedRows(
    (after, take) =>
      mine.reviewLog.findMany({
        where: afterKey("review", after),
        select: LOG_SELECT,
        orderBy: [{ review: "asc" }, { id: "asc" }],
        take,
      }),
    (l) => l.review,
    batch,
  )) {
    yield list(
      rows.map(({ id: _, cardId, ...l }) => ({ questionKey: keyOf.get(cardId) ?? "", ...l })),
      first,
    );
    first = false;
  }

  yield `],"interviews":[`;
  first = true;
  for await (const rows of batchedRows(
    (after, take) =>
      mine.interviewSession.findMany({
        where: afterKey("startedAt", after),
        select: {
          id: true,
          questionCount: true,
          secondsPerQuestion: true,
          startedAt: true,
          endsAt: true,
          finishedAt: true,
          score: true,
          status: true,
          mode: true,
          scope: true,
          includeRecall: true,
          seed: true,
          lesson: { select: { slug: true } },
          answers: {
            select: {
              position: true,
              answer: true,
              score: true,
              verdict: true,
              wrongAnswerMatch: true,
              durationMs: true,
              answeredAt: true,
              shownAt: true,
              deadline: true,
              timedOut: true,
              skipped: true,
              idempotencyKey: true,
              suggestedRating: true,
              concepts: true,
              feedback: true,
              question: { select: { key: true } },
            },
            orderBy: { position: "asc" },
          },
        },
        orderBy: [{ startedAt: "asc" }, { id: "asc" }],
        take,
      }),
    (s) => s.startedAt,
    Math.min(batch, 200),
  )) {
    yield list(
      rows.map(({ id: _, lesson, answers, ...s }) => ({
        lessonSlug: lesson?.slug ?? null,
        ...s,
        answers: answers.map(({ question, ...a }) => ({ questionKey: question.key, ...a })),
      })),
      first,
    );
    first = false;
  }

  // One row per day and per team: small, read at once.
  const activity = await mine.dailyActivity.findMany({
    select: { day: true, reviews: true, newCards: true, correct: true, interviewAnswers: true, points: true },
    orderBy: { day: "asc" },
  });
  const memberships = await db.membership.findMany({
    where: { userId },
    select: { role: true, joinedAt: true, team: { select: { name: true, slug: true } } },
  });
  yield `],"activity":[${list(activity, true)}],"memberships":[${list(
    memberships.map((m) => ({ teamName: m.team.name, teamSlug: m.team.slug, role: m.role, joinedAt: m.joinedAt })),
    true,
  )}]}`;
}
