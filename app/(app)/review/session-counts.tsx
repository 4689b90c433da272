type TCounts = { new: number; learning: number; due: number };

/** Anki's header: new · learning · review left in this session, counting down as cards are answered. */
export function SessionCounts({ counts, reviewed }: { counts: TCounts; reviewed: number }) {
  const left = counts.new + counts.learning + counts.due;
  const total = reviewed + left;
  const pct = total === 0 ? 100 : Math.round((reviewed / total) * 100);
  return (
    <div>
      <p
        className="flex flex-wrap justify-between gap-x-4 text-sm text-slate-700 dark:text-slate-300"
        data-testid="session-counts"
      >
        <span>
          <span className="font-semibold text-sky-800 dark:text-sky-300" data-testid="count-new">
            {counts.new}
          </span>{" "}
          new ·{" "}
          <span className="font-semibold text-red-800 dark:text-red-300" data-testid="count-learning">
            {counts.learning}
          </span>{" "}
          learning ·{" "}
          <span className="font-semibold text-emerald-800 dark:text-emerald-300" data-testid="count-review">
            {counts.due}
          </span>{" "}
          review
        </span>
        <span data-testid="count-reviewed">{reviewed} reviewed this session</span>
      </p>
      <div
        role="progressbar"
        aria-label="Session progress"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={pct}
        className="mt-1 h-2 rounded bg-slate-200 dark:bg-slate-800"
      >
        <div className="h-2 rounded bg-brand-700 transition-all" style={{ width: `${pct}%` }} />
      </div>
    </div>
  );
}
