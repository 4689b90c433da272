"use client";
// One question at a time against the server's clock. The countdown runs from
// the seconds the server says are left (not the browser's wall clock, which
// may be off); at zero the page submits what was typed. Ctrl/⌘+Enter submits.
import { useCallback, useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import type { TInterviewState } from "@/lib/interviews/get-interview";
import { shouldAnnounce } from "@/lib/interviews/deadline-rules";
import { answerInterviewAction, finishInterviewAction } from "@/lib/interviews/actions";
import { count } from "@/lib/ui/plural";
import { verdictLabel } from "@/lib/ui/verdict-label";
import { AnswerLimitNote, useAnswerLimit } from "@/app/(app)/review/answer-limit-note";

type TCurrent = NonNullable<TInterviewState["current"]>;
const draftKey = (id: string, q: string) => `deckhand:interview:${id}:${q}`;
const mmss = (s: number) => `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;

export function InterviewRunner({ initial }: { initial: TInterviewState }) {
  const router = useRouter();
  const [current, setCurrent] = useState<TCurrent>(initial.current!);
  const [answer, setAnswer] = useState("");
  const [left, setLeft] = useState(current.secondsLeft);
  const [announce, setAnnounce] = useState("");
  const [notice, setNotice] = useState<string | null>(null);
  const [last, setLast] = useState<{ score: number; verdict: string; timedOut: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  // Set when a question is shown (below): reading the clock while rendering is impure.
  const endsAt = useRef(0);
  const key = useRef("");
  const sent = useRef(false);
  const box = useRef<HTMLTextAreaElement>(null);

  // A reload keeps what was typed (this tab only); the clock comes from the server.
  // One key per question: a retried submit (flaky network) replays instead of counting twice.
  useEffect(() => {
    endsAt.current = Date.now() + current.secondsLeft * 1000;
    key.current = crypto.randomUUID();
    const saved = sessionStorage.getItem(draftKey(initial.id, current.questionId));
    // eslint-disable-next-line react-hooks/set-state-in-effect -- sessionStorage can only be read after mount
    if (saved) setAnswer(saved);
    box.current?.focus();
  }, [initial.id, current.questionId]); // eslint-disable-line react-hooks/exhaustive-deps

  const submit = useCallback(
    async (ranOut = false) => {
      if (sent.current) return;
      sent.current = true;
      setBusy(true);
      const input = {
        interviewId: initial.id,
        questionId: current.questionId,
        answer,
        idempotencyKey: key.current,
        ranOut,
      };
      let r = await answerInterviewAction(input).catch(() => null);
      if (!r) r = await answerInterviewAction(input).catch(() => null);
      setBusy(false);
      if (!r) {
        sent.current = false;
        return setNotice("Could not reach the server. Your answer is still here; press Submit again.");
      }
      if (!r.ok) {
        // The interview moved on without this tab (another tab answered or ended it): show where it is now.
        if (r.code === "conflict" || r.code === "not_found") return router.refresh();
        sent.current = false;
        return setNotice(r.error);
      }
      sessionStorage.removeItem(draftKey(initial.id, current.questionId));
      setLast({ score: r.data.score, verdict: r.data.verdict, timedOut: r.data.timedOut });
      if (!r.data.next) return router.refresh();
      const next = r.data.next;
      setCurrent(next);
      setAnswer("");
      setNotice(null);
      setAnnounce("");
      setLeft(next.secondsLeft);
      sent.current = false;
    },
    [answer, current.questionId, initial.id, router],
  );

  const submitRef = useRef(submit);
  useEffect(() => {
    submitRef.current = submit;
  }, [submit]);
  useEffect(() => {
    const tick = () => {
      const s = Math.max(0, Math.ceil((endsAt.current - Date.now()) / 1000));
      setLeft((prev) => {
        if (s !== prev && shouldAnnounce(s)) setAnnounce(`${count(s, "second")} left`);
        return s;
      });
      if (s === 0) void submitRef.current(true);
    };
    const timer = setInterval(tick, 250);
    return () => clearInterval(timer);
  }, [current.questionId]);

  const [confirming, setConfirming] = useState(false);
  const limit = useAnswerLimit();
  const end = async () => {
    setBusy(true);
    const r = await finishInterviewAction({ interviewId: initial.id });
    if (!r.ok) setNotice(r.error);
    router.refresh();
  };

  const urgent = left <= 10;
  return (
    <section className="space-y-5" aria-busy={busy} data-testid="interview-runner">
      <div className="flex items-center justify-between gap-3">
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Question <span data-testid="position">{current.position}</span> of {initial.total}
        </p>
        <p
          role="timer"
          aria-label="Time left"
          data-testid="countdown"
          className={`rounded-md px-3 py-1 font-mono text-lg tabular-nums ${urgent ? "bg-red-100 text-red-800 dark:bg-red-950 dark:text-red-200" : "bg-slate-100 dark:bg-slate-900"}`}
        >
          {mmss(left)}
        </p>
      </div>
      {/* Screen readers hear the countdown at 30 and 10 seconds only, not every tick. */}
      <p aria-live="assertive" className="sr-only" data-testid="countdown-announcement">
        {announce}
      </p>
      {notice ? (
        <p
          role="status"
          className="rounded-md bg-amber-50 p-3 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-200"
        >
          {notice}
        </p>
      ) : null}
      {last ? (
        <p role="status" className="text-sm text-slate-600 dark:text-slate-400" data-testid="last-result">
          Previous answer: {last.timedOut ? "timed out" : `${last.score}% · ${verdictLabel(last.verdict)}`}
        </p>
      ) : null}
      <article className="space-y-3" data-testid="interview-question" data-question-id={current.questionId}>
        <p className="text-xs uppercase tracking-wide text-slate-600 dark:text-slate-400">
          {current.kind === "recall" ? "Pause and recall" : "Interview question"} · {current.lesson.number}.{" "}
          {current.lesson.title}
        </p>
        <h1 className="text-xl font-semibold">{current.prompt}</h1>
        <label htmlFor="interview-answer" className="block text-sm font-medium">
          Your answer
        </label>
        <textarea
          id="interview-answer"
          ref={box}
          value={answer}
          rows={6}
          maxLength={limit.maxLength}
          onPaste={limit.onPaste}
          onChange={(e) => {
            setAnswer(e.target.value);
            sessionStorage.setItem(draftKey(initial.id, current.questionId), e.target.value);
          }}
          onKeyDown={(e) => {
            if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              void submit();
            }
          }}
          aria-describedby="interview-keys interview-limit"
          className="block w-full rounded-md border border-slate-300 bg-white p-3 dark:border-slate-700 dark:bg-slate-900"
        />
        <AnswerLimitNote id="interview-limit" length={answer.length} cutNote={limit.cutNote} />
        <p id="interview-keys" className="text-xs text-slate-600 dark:text-slate-400">
          Ctrl/⌘+Enter submits. At zero, what you typed is submitted for you. No pausing.
        </p>
        <div className="flex flex-wrap items-center justify-between gap-3">
          <button
            type="button"
            onClick={() => void submit()}
            disabled={busy}
            className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60"
          >
            Submit answer
          </button>
          {confirming ? null : (
            <button
              type="button"
              onClick={() => setConfirming(true)}
              disabled={busy}
              className="text-sm text-slate-600 underline dark:text-slate-400"
            >
              End interview
            </button>
          )}
        </div>
        {confirming ? (
          <div
            role="alertdialog"
            aria-labelledby="end-q"
            className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm dark:border-amber-800 dark:bg-amber-950"
            data-testid="end-confirm"
          >
            <p id="end-q">
              End now? {count(initial.total - current.position + 1, "unanswered question")} will count as skipped (0%),
              and this interview will be kept out of your trend.
            </p>
            <div className="flex flex-wrap gap-2">
              <button
                type="button"
                onClick={() => void end()}
                disabled={busy}
                className="rounded-md bg-red-700 px-3 py-1.5 font-medium text-white hover:bg-red-800 disabled:opacity-60"
              >
                Yes, end it
              </button>
              <button
                type="button"
                onClick={() => setConfirming(false)}
                disabled={busy}
                className="rounded-md border border-slate-400 px-3 py-1.5 font-medium dark:border-slate-600"
              >
                Keep going
              </button>
            </div>
          </div>
        ) : null}
      </article>
    </section>
  );
}
