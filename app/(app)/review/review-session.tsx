"use client";
// The review loop: question → (typed) answer → reveal with score → rating.
// Keyboard: Enter/Space reveal, 1–4 rate, Ctrl/⌘+Z undo.
import { useEffect, useCallback, useRef, useState, useTransition } from "react";
import Link from "next/link";
import type { TQueue } from "@/lib/review/get-queue";
import type { TReveal } from "@/lib/review/reveal-card";
import { fetchQueueAction, rateAction, revealAction, undoAction } from "@/lib/review/actions";
import { ProgressBar } from "./progress-bar";
import { RevealPanel } from "./reveal-panel";
import { RatingButtons } from "./rating-buttons";
import { useReviewKeys } from "./use-review-keys";
import { CardMenu } from "./card-menu";

export function ReviewSession({ initialQueue, lessonSlug }: { initialQueue: TQueue; lessonSlug?: string }) {
  const [queue, setQueue] = useState(initialQueue);
  const [answer, setAnswer] = useState("");
  const [reveal, setReveal] = useState<TReveal | null>(null);
  const [rating, setRating] = useState<number | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [done, setDone] = useState(0);
  const [pending, startTransition] = useTransition();
  // Set when the first card is on screen: reading the clock while rendering is impure.
  const shownAt = useRef(0);
  useEffect(() => { shownAt.current = Date.now(); }, []);
  const attemptKey = useRef<string>(crypto.randomUUID());
  const card = queue.cards[0];

  const loadQueue = useCallback(async (pinFirst?: string) => {
    const next = await fetchQueueAction({ lessonSlug, pinFirst });
    setQueue(next);
    setAnswer("");
    setReveal(null);
    setRating(null);
    shownAt.current = Date.now();
    // One key per attempt at a card: a retried submit reuses it and counts once.
    attemptKey.current = crypto.randomUUID();
  }, [lessonSlug]);

  const doReveal = useCallback(() => {
    if (!card || reveal || pending) return;
    startTransition(async () => {
      const r = await revealAction({ cardId: card.id, answer: answer || undefined, durationMs: Date.now() - shownAt.current });
      if (!r.ok) return setNotice(r.error);
      setNotice(null);
      setReveal(r.reveal);
      setRating(r.reveal.score?.rating ?? null);
    });
  }, [answer, card, pending, reveal]);

  const doRate = useCallback((chosen: number) => {
    if (!card || !reveal || pending) return;
    startTransition(async () => {
      const r = await rateAction({
        cardId: card.id, rating: chosen, answer: answer || undefined, durationMs: Date.now() - shownAt.current,
        idempotencyKey: attemptKey.current, expectedVersion: card.version,
      });
      if (r.status === "ok") {
        setDone((d) => d + 1);
        setNotice(r.review.leech ? "This card keeps slipping away: it is tagged as a leech and suspended. Rewrite it in your own words, then unsuspend it." : null);
      } else setNotice(r.status === "not-found" ? "That card no longer exists." : r.message);
      await loadQueue();
    });
  }, [answer, card, loadQueue, pending, reveal]);

  const doUndo = useCallback(() => {
    if (pending) return;
    startTransition(async () => {
      const r = await undoAction();
      if (r.status === "ok") {
        setDone((d) => Math.max(0, d - 1));
        setNotice("Last review undone.");
        await loadQueue(r.cardId);
      } else setNotice(r.status === "nothing-to-undo" ? "Nothing to undo." : r.message);
    });
  }, [loadQueue, pending]);

  useReviewKeys({ revealed: Boolean(reveal), onReveal: doReveal, onRate: doRate, onUndo: doUndo });

  return (
    <section className="space-y-5" aria-busy={pending}>
      <ProgressBar done={done} remaining={queue.total} />
      {notice ? <p role="status" className="rounded-md bg-amber-50 p-3 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-200">{notice}</p> : null}
      {!card ? (
        <div className="space-y-3 text-center">
          <h1 className="text-2xl font-semibold">All done for now</h1>
          <p className="text-slate-600 dark:text-slate-400">No cards are due{lessonSlug ? " in this chapter" : ""}. Come back later.</p>
          <Link href="/today" className="text-brand-600 underline">Back to Today</Link>
        </div>
      ) : (
        <article className="space-y-4" data-testid="review-card" data-card-id={card.id}>
          <p className="text-xs uppercase tracking-wide text-slate-500">
            {card.kind === "interview" ? "Interview question" : "Pause and recall"} · {card.lesson.number}. {card.lesson.title}
          </p>
          <h1 className="text-xl font-semibold">{card.prompt}</h1>
          <label htmlFor="answer" className="block text-sm font-medium">Your answer <span className="font-normal text-slate-500">(optional)</span></label>
          <textarea
            id="answer"
            value={answer}
            onChange={(e) => setAnswer(e.target.value)}
            readOnly={Boolean(reveal)}
            rows={4}
            maxLength={5000}
            className="block w-full rounded-md border border-slate-300 bg-white p-3 dark:border-slate-700 dark:bg-slate-900"
            placeholder="Type what you would say, then press Enter (Shift+Enter for a new line)"
          />
          {!reveal ? (
            <button type="button" onClick={doReveal} disabled={pending} className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white disabled:opacity-60">
              {answer.trim() ? "Check answer" : "Show answer"}
            </button>
          ) : (
            <>
              <RevealPanel reveal={reveal} />
              <RatingButtons intervals={card.intervals} suggested={reveal.score?.rating ?? null} selected={rating} onRate={doRate} disabled={pending} />
            </>
          )}
          <div className="flex flex-wrap items-center justify-between gap-3">
            <button type="button" onClick={doUndo} className="text-sm text-slate-500 underline">Undo last review (Ctrl+Z)</button>
            <CardMenu cardId={card.id} onDone={(m) => startTransition(async () => { setNotice(m); await loadQueue(); })} />
          </div>
        </article>
      )}
    </section>
  );
}
