import Link from "next/link";
import type { TReport } from "@/lib/interviews/get-report";
import { HighlightedAnswer } from "@/app/(app)/review/highlighted-answer";
import { TrendChartLoader } from "./trend-chart-loader";
import { RetryButton } from "./retry-button";
import { CorrectionButtons } from "./correction-buttons";
import { verdictLabel } from "@/lib/ui/verdict-label";
import { count } from "@/lib/ui/plural";

const seconds = (ms: number | null) => (ms === null ? "—" : `${Math.round(ms / 1000)} s`);

export function ReportView({ report }: { report: TReport }) {
  const missed = report.answers.filter((a) => a.missed).length;
  return (
    <div className="space-y-8" data-testid="interview-report">
      <section className="space-y-2">
        <p className="text-sm text-slate-600 dark:text-slate-400">
          <Link href="/interview" className="underline">
            Interview
          </Link>{" "}
          · report
        </p>
        <h1 className="text-2xl font-semibold">Interview report</h1>
        <p className="text-4xl font-bold" data-testid="report-score">
          {report.score}%
        </p>
        <p className="text-slate-600 dark:text-slate-400">
          {count(report.answers.length, "question")} · {report.secondsPerQuestion} s each · {missed} missed
          {report.mode === "retry" ? " · a retry of missed questions" : ""}
        </p>
        {report.endedEarly ? (
          <p className="text-sm text-slate-600 dark:text-slate-400" data-testid="ended-early">
            Ended early: the unanswered questions count as skipped, and this interview is kept out of your trend.
          </p>
        ) : null}
        {missed ? <RetryButton interviewId={report.id} count={missed} /> : null}
      </section>

      <section aria-labelledby="weak-heading" className="space-y-2">
        <h2 id="weak-heading" className="text-lg font-semibold">
          Weakest chapters in this interview
        </h2>
        <ol className="list-decimal space-y-1 pl-5 text-sm">
          {report.weakestChapters.map((c) => (
            <li key={c.slug}>
              <Link href={`/lessons/${c.slug}`} className="underline">
                {c.title}
              </Link>
              : {c.score}% over {count(c.questions, "question")}
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="trend-heading" className="space-y-2">
        <h2 id="trend-heading" className="text-lg font-semibold">
          Your trend
        </h2>
        {report.trend.length === 0 ? (
          // An interview ended early is kept out of the trend; with no finished ones an empty chart and a header-only table said nothing.
          <p className="text-sm text-slate-600 dark:text-slate-400" data-testid="trend-empty">
            No finished interviews in your trend yet: finish one without ending it early and its score shows here.
          </p>
        ) : (
          <>
            <TrendChartLoader points={report.trend} />
            <table className="w-full text-left text-sm" data-testid="trend-table">
              <caption className="sr-only">Scores of your interviews up to this one, oldest first</caption>
              <thead className="text-slate-600 dark:text-slate-400">
                <tr>
                  <th className="py-1 pr-3 font-medium">Interview</th>
                  <th className="py-1 pr-3 font-medium">Date (UTC)</th>
                  <th className="py-1 font-medium">Score</th>
                </tr>
              </thead>
              <tbody>
                {report.trend.map((p, i) => (
                  <tr key={p.id} className={p.id === report.id ? "font-semibold" : undefined}>
                    <td className="py-1 pr-3">
                      #{i + 1}
                      {p.id === report.id ? " (this one)" : ""}
                    </td>
                    <td className="py-1 pr-3">{p.startedAt.slice(0, 16).replace("T", " ")}</td>
                    <td className="py-1">{p.score}%</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </section>

      <section aria-labelledby="answers-heading" className="space-y-4">
        <h2 id="answers-heading" className="text-lg font-semibold">
          Question by question
        </h2>
        {report.answers.map((a) => (
          <article
            key={a.position}
            className="space-y-2 rounded-lg border border-slate-200 p-4 dark:border-slate-800"
            data-testid="report-answer"
          >
            <p className="text-xs uppercase tracking-wide text-slate-600 dark:text-slate-400">
              Question {a.position} · {a.lesson.number}. {a.lesson.title}
            </p>
            <h3 className="font-semibold">{a.prompt}</h3>
            <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
              <span data-testid="answer-score">
                <span className="font-semibold">{a.skipped ? "—" : `${a.score ?? 0}%`}</span> ·{" "}
                {a.skipped ? "skipped" : verdictLabel(a.verdict)}
              </span>
              <span>time used: {seconds(a.durationMs)}</span>
              {a.timedOut ? (
                <span className="rounded bg-red-100 px-1.5 text-red-800 dark:bg-red-950 dark:text-red-200">
                  timed out (counts 0)
                </span>
              ) : null}
            </p>
            <div className="text-sm">
              <p className="font-medium">Your answer</p>
              <p className="whitespace-pre-wrap text-slate-700 dark:text-slate-300">
                {a.answer ?? <em className="text-slate-600 dark:text-slate-400">nothing typed</em>}
              </p>
            </div>
            {a.wrongAnswerMatch ? (
              <p
                role="note"
                className="rounded-md bg-red-50 p-2 text-sm text-red-800 dark:bg-red-950 dark:text-red-200"
                data-testid="misconception"
              >
                That is the common wrong answer to avoid: “{a.wrongAnswer?.replace(/[.!]$/, "")}”.
              </p>
            ) : null}
            {a.feedback ? <p className="text-sm text-slate-600 dark:text-slate-400">{a.feedback}</p> : null}
            {a.rating ? (
              <CorrectionButtons
                interviewId={report.id}
                questionId={a.questionId}
                rating={a.rating}
                suggestedRating={a.suggestedRating}
                corrected={a.correctedRating !== null}
              />
            ) : null}
            <div className="text-sm">
              <p className="font-medium">
                Model answer{" "}
                <span className="font-normal text-slate-600 dark:text-slate-400">(covered: green, missed: amber)</span>
              </p>
              <p className="leading-relaxed">
                <HighlightedAnswer text={a.modelAnswer} concepts={a.concepts} />
              </p>
            </div>
          </article>
        ))}
      </section>
      <p>
        <Link href="/interview" className="text-brand-700 underline dark:text-brand-300">
          Back to Interview
        </Link>
      </p>
    </div>
  );
}
