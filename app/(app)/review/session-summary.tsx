import Link from "next/link";

export type TSessionStats = { reviewed: number; correct: number; startedAt: number };

function duration(ms: number) {
  const s = Math.round(ms / 1000);
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${s % 60} s`;
}

/** The end of a session: what was done, how well, how long, and when the next card comes back. */
export function SessionSummary({
  stats,
  nextDue,
  endedAt,
  lessonSlug,
}: {
  stats: TSessionStats;
  nextDue: string | null;
  endedAt: number;
  lessonSlug?: string;
}) {
  const accuracy = stats.reviewed ? Math.round((stats.correct / stats.reviewed) * 100) : 0;
  return (
    <div className="space-y-4 text-center" data-testid="session-summary">
      <h1 className="text-2xl font-semibold">{stats.reviewed ? "Session done" : "All done for now"}</h1>
      {stats.reviewed ? (
        <dl className="mx-auto grid max-w-md grid-cols-3 gap-3">
          <div className="rounded-md border border-slate-300 p-3 dark:border-slate-700">
            <dt className="text-sm">Reviewed</dt>
            <dd className="text-2xl font-bold" data-testid="summary-reviewed">
              {stats.reviewed}
            </dd>
          </div>
          <div className="rounded-md border border-slate-300 p-3 dark:border-slate-700">
            <dt className="text-sm">Good or Easy</dt>
            <dd className="text-2xl font-bold">{accuracy}%</dd>
          </div>
          <div className="rounded-md border border-slate-300 p-3 dark:border-slate-700">
            <dt className="text-sm">Time</dt>
            <dd className="text-2xl font-bold">{duration(endedAt - stats.startedAt)}</dd>
          </div>
        </dl>
      ) : null}
      <p className="text-slate-700 dark:text-slate-300">
        No cards are due{lessonSlug ? " in this chapter" : ""}.{" "}
        {nextDue ? (
          <>
            Next card due <time dateTime={nextDue}>{new Date(nextDue).toLocaleString()}</time>.
          </>
        ) : (
          "Nothing is scheduled yet."
        )}
      </p>
      <Link href="/today" className="text-brand-700 underline dark:text-brand-300">
        Back to Today
      </Link>
    </div>
  );
}
