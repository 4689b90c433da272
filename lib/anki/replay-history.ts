// Anki's review log replayed through ts-fsrs with the user's own settings:
// each review becomes a Deckhand review log, and the card ends in the FSRS
// state those reviews lead to, so stats, the forecast and the optimizer read
// it as if the reviews had happened here. Manual reschedules (type 4) and
// cram reviews without a rating are not reviews and are left out.
import { createEmptyCard, type Grade } from "ts-fsrs";
import {
  fromFsrsCard,
  logColumns,
  makeScheduler,
  type TCardState,
  type TSchedulerSettings,
} from "@/lib/review/scheduler";
import { offsetMinutes, type TUserClock } from "@/lib/review/user-day";
import type { TAnkiReview } from "./read-collection";

export type TReplayedLog = ReturnType<typeof logColumns> & {
  durationMs: number | null;
  nextDue: Date;
  nextState: number;
  idempotencyKey: string;
  day: string;
  firstOfDay: boolean;
};

export function replayHistory(
  user: TUserClock & TSchedulerSettings,
  reviews: readonly TAnkiReview[],
  created: Date,
  f = makeScheduler(user),
) {
  let card = createEmptyCard(created);
  const logs: TReplayedLog[] = [];
  const days = new Set<string>();
  for (const r of reviews) {
    if (r.type > 3 || r.ease < 1 || r.ease > 4) continue;
    const at = new Date(r.id);
    if (card.last_review && at < card.last_review) continue;
    const out = f.next(card, at, r.ease as Grade);
    const day = dayOf(user, at);
    logs.push({
      ...logColumns(out.log),
      durationMs: r.time > 0 ? Math.min(r.time, 3_600_000) : null,
      nextDue: out.card.due,
      nextState: out.card.state,
      idempotencyKey: `anki:${r.id}:${r.cid}`,
      day,
      firstOfDay: !days.has(day),
    });
    days.add(day);
    card = out.card;
  }
  const state: TCardState = logs.length ? fromFsrsCard(card) : fromFsrsCard(createEmptyCard(created));
  return { state, logs };
}

// userDay's day label for each of 200,000 reviews costs five ICU calls each; zone offsets only
// change on quarter-hour boundaries, so one lookup per quarter hour gives the same label.
const QUARTER = 900_000;
const offsets = new Map<string, number>();
export function dayOf(clock: TUserClock, at: Date): string {
  const key = `${clock.timezone}:${Math.floor(at.getTime() / QUARTER)}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    if (offsets.size > 100_000) offsets.clear();
    offsets.set(key, (offset = offsetMinutes(clock.timezone, at)));
  }
  const shifted = new Date(at.getTime() + offset * 60_000 - clock.dayStartHour * 3_600_000);
  return shifted.toISOString().slice(0, 10);
}
