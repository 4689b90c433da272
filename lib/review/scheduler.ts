// The bridge between our Card rows and ts-fsrs. Pure: callers pass `now`.
import {
  fsrs,
  generatorParameters,
  StrategyMode,
  type AbstractScheduler,
  type Card as TFsrsCard,
  type FSRS,
  type Grade,
  type ReviewLog,
  type StepUnit,
} from "ts-fsrs";

export type TSchedulerSettings = {
  desiredRetention: number;
  fsrsWeights: string | null;
  enableFuzz: boolean;
  learningSteps: string;
  relearningSteps: string;
};

/** The card columns FSRS reads and writes (same names as the Prisma model). */
export type TCardState = {
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: number;
  lastReview: Date | null;
};

export const parseSteps = (s: string): StepUnit[] => s.split(/[\s,]+/).filter(Boolean) as StepUnit[];

/**
 * Fuzz seeded from the card and the state it is in (its id, reps and last
 * review), as Anki does, never from the clock: the interval a rating button
 * previews is the interval that rating stores, and reloading does not re-roll it.
 * ts-fsrs's default seed includes the review time in milliseconds.
 */
export const fuzzSeed: (this: AbstractScheduler) => string = function () {
  const c = this.last as TFsrsCard & { card_id?: string };
  return `${c.card_id ?? ""}:${c.reps}:${c.last_review ? c.last_review.getTime() : 0}`;
};

export function makeScheduler(s: TSchedulerSettings): FSRS {
  const w = s.fsrsWeights ? (JSON.parse(s.fsrsWeights) as number[]) : undefined;
  return fsrs(
    generatorParameters({
      request_retention: s.desiredRetention,
      enable_fuzz: s.enableFuzz,
      enable_short_term: true,
      learning_steps: parseSteps(s.learningSteps),
      relearning_steps: parseSteps(s.relearningSteps),
      ...(w ? { w } : {}),
    }),
  ).useStrategy(StrategyMode.SEED, fuzzSeed);
}

/** `id` (when known) seeds the fuzz; see fuzzSeed. */
export function toFsrsCard(c: TCardState & { id?: string }): TFsrsCard {
  return {
    ...(c.id ? { card_id: c.id } : {}),
    due: c.due,
    stability: c.stability,
    difficulty: c.difficulty,
    elapsed_days: c.elapsedDays,
    scheduled_days: c.scheduledDays,
    learning_steps: c.learningSteps,
    reps: c.reps,
    lapses: c.lapses,
    state: c.state,
    ...(c.lastReview ? { last_review: c.lastReview } : {}),
  };
}

export function fromFsrsCard(c: TFsrsCard): TCardState {
  return {
    due: c.due,
    stability: c.stability,
    difficulty: c.difficulty,
    elapsedDays: c.elapsed_days,
    scheduledDays: c.scheduled_days,
    learningSteps: c.learning_steps,
    reps: c.reps,
    lapses: c.lapses,
    state: c.state,
    lastReview: c.last_review ?? null,
  };
}

export function logColumns(l: ReviewLog) {
  return {
    rating: l.rating,
    state: l.state,
    due: l.due,
    stability: l.stability,
    difficulty: l.difficulty,
    elapsedDays: l.elapsed_days,
    lastElapsedDays: l.last_elapsed_days,
    scheduledDays: l.scheduled_days,
    learningSteps: l.learning_steps,
    review: l.review,
  };
}

export function fromLogColumns(l: ReturnType<typeof logColumns>): ReviewLog {
  return {
    rating: l.rating,
    state: l.state,
    due: l.due,
    stability: l.stability,
    difficulty: l.difficulty,
    elapsed_days: l.elapsedDays,
    last_elapsed_days: l.lastElapsedDays,
    scheduled_days: l.scheduledDays,
    learning_steps: l.learningSteps,
    review: l.review,
  };
}

export const GRADES = [1, 2, 3, 4] as const satisfies readonly Grade[];

/** When each rating would bring the card back (the numbers on the rating buttons). */
export function previewDue(f: FSRS, card: TCardState & { id: string }, now: Date): Record<Grade, Date> {
  const preview = f.repeat(toFsrsCard(card), now);
  return { 1: preview[1].card.due, 2: preview[2].card.due, 3: preview[3].card.due, 4: preview[4].card.due };
}
