"use client";
// The review loop: question → (typed) answer → reveal with score → rating.
// Keys: see use-review-keys.ts. Every step can be undone, last first.
import { useCallback, useEffect, useRef, useState, useTransition } from "react";
import type { TQueue } from "@/lib/review/get-queue";
import type { TReveal } from "@/lib/review/reveal-card";
import type { TCardAction } from "@/lib/review/card-actions";
import type { TUndoneStep } from "@/lib/review/undo-last";
import { cardAction, fetchQueueAction, rateAction, revealAction, undoAction } from "@/lib/review/actions";
import { SessionCounts } from "./session-counts";
import { RevealPanel, VERDICT } from "./reveal-panel";
import { RATING_LABELS, RatingButtons } from "./rating-buttons";
import { NOTHING_TYPED_RATING, preselectedRating } from "@/lib/review/preselect";
import { AnswerLimitNote, useAnswerLimit } from "./answer-limit-note";
import { useReviewKeys } from "./use-review-keys";
import { CardMenu } from "./card-menu";
import { KeyLegend } from "./key-legend";
import { SessionSummary, type TSessionStats } from "./session-summary";

const DONE: Record<TCardAction, string> = {
  bury: "Buried until tomorrow",
  suspend: "Suspended",
  forget: "Forgotten (reset to new)",
  unsuspend: "Unsuspended",
  unbury: "Unburied",
};
const quote = (prompt: string) => `‘${prompt.length > 60 ? `${prompt.slice(0, 57)}…` : prompt}’`;
const undoneText = (u: TUndoneStep) =>
  `Undid: ${u.action === "rate" ? `rating ${RATING_LABELS[(u.rating ?? 3) as 1]}` : u.action} of ${quote(u.prompt)}.`;

export function ReviewSession({
  initialQueue,
  lessonSlug,
  deckId,
}: {
  initialQueue: TQueue;
  lessonSlug?: string;
  deckId?: string;
}) {
  const [queue, setQueue] = useState(initialQueue);
  const [answer, setAnswer] = useState("");
  const [reveal, setReveal] = useState<TReveal | null>(null);
  const [rating, setRating] = useState(NOTHING_TYPED_RATING);
  const limit = useAnswerLimit();
  const [notice, setNotice] = useState<string | null>(null);
  // Read by screen readers (polite): score and verdict, the next card, undo.
  const [announce, setAnnounce] = useState("");
  const [stats, setStats] = useState<TSessionStats>(() => ({ reviewed: 0, correct: 0, startedAt: Date.now() }));
  const [endedAt, setEndedAt] = useState(0);
  const [pending, startTransition] = useTransition();
  const shownAt = useRef(0);
  const attemptKey = useRef("");
  const box = useRef<HTMLTextAreaElement>(null);
  const selectedButton = useRef<HTMLButtonElement>(null);
  const card = queue.cards[0];

  // A new card: fresh timer and idempotency key (a retried submit reuses it and counts once), focus in the box.
  useEffect(() => {
    shownAt.current = Date.now();
    attemptKey.current = crypto.randomUUID();
    if (card) box.current?.focus();
  }, [card?.id, card?.version]); // eslint-disable-line react-hooks/exhaustive-deps

  // Updates after an await are marked as the transition's own, so the new card
  // or the reveal commits together with pending turning false: a key pressed the
  // moment it appears is never dropped by a still-pending guard.
  const show = useCallback(
    (next: TQueue, say: string) =>
      startTransition(() => {
        setQueue(next);
        setAnswer("");
        setReveal(null);
        setRating(NOTHING_TYPED_RATING);
        const first = next.cards[0];
        if (!first) setEndedAt(Date.now());
        setAnnounce(`${say} ${first ? `Next card: ${first.prompt}` : "No more cards due."}`.trim());
      }),
    [],
  );

  const loadQueue = useCallback(
    async (say: string, pinFirst?: string) => {
      const r = await fetchQueueAction({ lessonSlug, deckId, pinFirst });
      if (!r.ok) return setNotice(r.error);
      show(r.data, say);
    },
    [lessonSlug, deckId, show],
  );

  const revealWith = useCallback(async (cardId: string, text: string, durationMs: number) => {
    const r = await revealAction({ cardId, answer: text || undefined, durationMs });
    if (!r.ok) return setNotice(r.error);
    startTransition(() => {
      setReveal(r.data);
      setRating(preselectedRating(r.data.score?.rating));
      const s = r.data.score;
      setAnnounce(
        s
          ? `Score ${s.score}, ${VERDICT[s.verdict] ?? s.verdict}. Suggested: ${RATING_LABELS[s.rating as 1]}.`
          : "Answer shown.",
      );
    });
  }, []);

  const doReveal = useCallback(() => {
    if (!card || reveal || pending) return;
    startTransition(async () => {
      setNotice(null);
      await revealWith(card.id, answer, Date.now() - shownAt.current);
    });
  }, [answer, card, pending, reveal, revealWith]);

  // After reveal, focus sits on the preselected rating: Space/Enter there presses it.
  useEffect(() => {
    if (reveal) selectedButton.current?.focus();
  }, [reveal]);

  const doRate = useCallback(
    (chosen: number) => {
      if (!card || !reveal || pending) return;
      startTransition(async () => {
        const r = await rateAction({
          cardId: card.id,
          rating: chosen as 1 | 2 | 3 | 4,
          answer: answer || undefined,
          durationMs: Date.now() - shownAt.current,
          idempotencyKey: attemptKey.current,
          expectedVersion: card.version,
          lessonSlug,
          deckId,
        });
        if (!r.ok) {
          setNotice(r.error);
          return loadQueue("");
        }
        const { review, queue: next } = r.data;
        if (!review.replayed)
          setStats((s) => ({ ...s, reviewed: s.reviewed + 1, correct: s.correct + (chosen >= 3 ? 1 : 0) }));
        setNotice(
          review.leech
            ? "This card keeps slipping away: it is tagged as a leech and suspended. Rewrite it in your own words, then unsuspend it (Suspended and buried cards)."
            : null,
        );
        show(next, `Rated ${RATING_LABELS[chosen as 1]}.`);
      });
    },
    [answer, card, lessonSlug, deckId, loadQueue, pending, reveal, show],
  );

  const doAccept = useCallback(() => doRate(rating), [doRate, rating]);

  const doUndo = useCallback(() => {
    if (pending) return;
    startTransition(async () => {
      const r = await undoAction({ lessonSlug, deckId });
      if (!r.ok) {
        setNotice(r.error);
        setAnnounce(r.error);
        return;
      }
      const { undone: u, queue: q } = r.data;
      if (u.action === "rate")
        setStats((s) => ({
          ...s,
          reviewed: Math.max(0, s.reviewed - 1),
          correct: Math.max(0, s.correct - ((u.rating ?? 0) >= 3 ? 1 : 0)),
        }));
      setNotice(undoneText(u));
      show(q, undoneText(u));
      // The rated card comes back as it was left: the typed answer and its score on screen.
      const typed = u.answer;
      if (u.action === "rate" && typed && q.cards[0]?.id === u.cardId) {
        startTransition(() => setAnswer(typed));
        await revealWith(u.cardId, typed, u.durationMs ?? 0);
      }
    });
  }, [lessonSlug, deckId, pending, revealWith, show]);

  const doCardAction = useCallback(
    (action: TCardAction) => {
      if (!card || pending) return;
      startTransition(async () => {
        const r = await cardAction({ cardId: card.id, action, lessonSlug, deckId, next: true });
        if (!r.ok || !r.data.queue) {
          const error = r.ok ? "" : r.error;
          setNotice(error || null);
          return loadQueue(error);
        }
        const say = `${DONE[action]}: ${quote(r.data.prompt)}. Undo brings it back.`;
        setNotice(say);
        show(r.data.queue, say);
      });
    },
    [card, lessonSlug, deckId, loadQueue, pending, show],
  );

  const boxHasText = useCallback(() => answer.length > 0 && !reveal, [answer, reveal]);
  useReviewKeys({
    revealed: Boolean(reveal),
    onReveal: doReveal,
    onAccept: doAccept,
    onRate: doRate,
    onUndo: doUndo,
    boxHasText,
  });

  return (
    <section className="space-y-5" aria-busy={pending} aria-label="Review">
      <SessionCounts counts={queue.counts} reviewed={stats.reviewed} />
      <p aria-live="polite" className="sr-only" data-testid="announcer">
        {announce}
      </p>
      {notice ? (
        <p
          className="rounded-md bg-amber-50 p-3 text-sm text-amber-950 dark:bg-amber-950 dark:text-amber-100"
          data-testid="notice"
        >
          {notice}
        </p>
      ) : null}
      {!card ? (
        <SessionSummary
          stats={stats}
          nextDue={queue.nextDue}
          endedAt={endedAt || stats.startedAt}
          lessonSlug={lessonSlug}
        />
      ) : (
        <article className="space-y-4" data-testid="review-card" data-card-id={card.id}>
          <p className="text-xs uppercase tracking-wide text-slate-700 dark:text-slate-300">
            {card.kind === "interview" ? "Interview question" : "Pause and recall"} · {card.lesson.number}.{" "}
            {card.lesson.title}
          </p>
          <h1 className="text-xl font-semibold">{card.prompt}</h1>
          <label htmlFor="answer" className="block text-sm font-medium">
            Your answer <span className="font-normal text-slate-700 dark:text-slate-300">(optional)</span>
          </label>
          <textarea
            id="answer"
            ref={box}
            value={answer}
            onChange={(e) => setAnswer(e.target.value)}
            onPaste={limit.onPaste}
            readOnly={Boolean(reveal)}
            rows={4}
            maxLength={limit.maxLength}
            aria-describedby="answer-limit"
            aria-keyshortcuts="Control+Enter Meta+Enter"
            className="block w-full rounded-md border border-slate-400 bg-white p-3 dark:border-slate-600 dark:bg-slate-900"
            placeholder="Type what you would say; Ctrl/⌘+Enter checks it"
          />
          <AnswerLimitNote id="answer-limit" length={answer.length} cutNote={limit.cutNote} />
          {!reveal ? (
            <button
              type="button"
              onClick={doReveal}
              disabled={pending}
              className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60"
            >
              {answer.trim() ? "Check answer" : "Show answer"}
            </button>
          ) : (
            <>
              <RevealPanel reveal={reveal} />
              <RatingButtons
                intervals={card.intervals}
                suggested={reveal.score?.rating ?? null}
                selected={rating}
                onRate={doRate}
                disabled={pending}
                selectedRef={selectedButton}
              />
            </>
          )}
          <div className="flex flex-wrap items-center justify-between gap-3">
            <button
              type="button"
              onClick={doUndo}
              disabled={pending}
              className="text-sm text-slate-700 underline dark:text-slate-300"
            >
              Undo (Ctrl+Z)
            </button>
            <CardMenu onAction={doCardAction} disabled={pending} />
          </div>
          <KeyLegend />
        </article>
      )}
    </section>
  );
}
