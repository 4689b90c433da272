// The "export everything" document: one JSON object with a format version.
// Cards and logs are keyed by question key (stable across databases), never
// by row ids; the profile has no password hash. The import side validates
// a file against this schema before touching the database.
import { z } from "zod";

export const EXPORT_FORMAT = "deckhand-export";
export const EXPORT_VERSION = 1;

const date = z.iso.datetime({ offset: true }).transform((s) => new Date(s));
const dateOrNull = date.nullable();
const int = z.number().int();
const str = (max: number) => z.string().max(max);

export const ZExportProfile = z.object({
  email: str(320),
  name: str(200),
  timezone: str(100),
  dayStartHour: int.min(0).max(23),
  desiredRetention: z.number().min(0.7).max(0.99),
  fsrsWeights: str(4_000).nullable(),
  newPerDay: int.min(0).max(10_000),
  reviewsPerDay: int.min(0).max(100_000),
  enableFuzz: z.boolean(),
  learningSteps: str(200),
  relearningSteps: str(200),
  leechThreshold: int.min(1).max(1_000),
  createdAt: date,
});

export const ZExportCard = z.object({
  questionKey: str(300),
  due: date,
  stability: z.number(),
  difficulty: z.number(),
  elapsedDays: int,
  scheduledDays: int,
  learningSteps: int,
  reps: int.min(0),
  lapses: int.min(0),
  state: int.min(0).max(3),
  lastReview: dateOrNull,
  suspended: z.boolean(),
  buriedUntil: dateOrNull,
  leech: z.boolean(),
  // For people and other tools reading the file; an import matches on questionKey alone.
  deck: str(200).optional(),
  question: str(5_000).optional(),
});

export const ZExportLog = z.object({
  questionKey: str(300),
  rating: int.min(1).max(4),
  state: int.min(0).max(3),
  due: date,
  stability: z.number(),
  difficulty: z.number(),
  elapsedDays: int,
  lastElapsedDays: int,
  scheduledDays: int,
  learningSteps: int,
  review: date,
  answer: str(20_000).nullable(),
  score: int.nullable(),
  verdict: str(40).nullable(),
  suggestedRating: int.min(1).max(4).nullable(),
  durationMs: int.nullable(),
  source: z.enum(["daily", "interview"]),
  nextDue: date,
  nextState: int.min(0).max(3),
  leech: z.boolean(),
  idempotencyKey: str(128),
  undone: z.boolean(),
});

export const ZExportInterview = z.object({
  lessonSlug: str(200).nullable(),
  questionCount: int,
  secondsPerQuestion: int,
  startedAt: date,
  endsAt: date,
  finishedAt: dateOrNull,
  score: int.nullable(),
  // Added with mock interviews; optional so files written before them still import.
  status: z.enum(["running", "finished"]).default("finished"),
  mode: str(20).default("weak"),
  scope: str(20_000).default("[]"),
  includeRecall: z.boolean().default(false),
  seed: int.default(0),
  answers: z
    .array(
      z.object({
        questionKey: str(300),
        position: int,
        answer: str(20_000).nullable(),
        score: int.nullable(),
        verdict: str(40).nullable(),
        wrongAnswerMatch: z.boolean(),
        durationMs: int.nullable(),
        answeredAt: dateOrNull,
        shownAt: dateOrNull.default(null),
        deadline: dateOrNull.default(null),
        timedOut: z.boolean().default(false),
        skipped: z.boolean().default(false),
        idempotencyKey: str(128).nullable().default(null),
        suggestedRating: int.min(1).max(4).nullable().default(null),
        concepts: str(20_000).nullable().default(null),
        feedback: str(20_000).nullable().default(null),
      }),
    )
    .max(1_000),
});

export const ZExportActivity = z.object({
  day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  reviews: int,
  newCards: int,
  correct: int,
  interviewAnswers: int,
  points: int,
});

export const ZExportMembership = z.object({ teamName: str(200), teamSlug: str(200), role: str(20), joinedAt: date });

export const ZExportFile = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: date,
  profile: ZExportProfile,
  cards: z.array(ZExportCard),
  reviewLogs: z.array(ZExportLog),
  interviews: z.array(ZExportInterview),
  activity: z.array(ZExportActivity),
  memberships: z.array(ZExportMembership),
});
export type TExportFile = z.output<typeof ZExportFile>;
