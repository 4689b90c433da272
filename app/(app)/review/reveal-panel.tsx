import Link from "next/link";
import type { TReveal } from "@/lib/review/reveal-card";
import { HighlightedAnswer } from "./highlighted-answer";

import { VERDICT_LABEL as VERDICT } from "@/lib/ui/verdict-label";
export { VERDICT };

function answerHeading(reveal: TReveal) {
  if (reveal.kind !== "recall" || reveal.answerSource === "author") return "Model answer";
  return reveal.answerSource === "lesson-rough" ? "From the lesson, roughly" : "From the lesson";
}

export function RevealPanel({ reveal }: { reveal: TReveal }) {
  const s = reveal.score;
  const lessonHref = `/lessons/${reveal.lesson.slug}${reveal.sectionSlug ? `#${reveal.sectionSlug}` : ""}`;
  return (
    <div className="space-y-3 rounded-md border border-slate-300 p-4 dark:border-slate-700" data-testid="reveal">
      {s ? (
        <div className="space-y-2" data-testid="score">
          <p className="flex items-baseline gap-3">
            <span className="text-2xl font-bold" data-testid="score-value">
              {s.score}
            </span>
            <span className="rounded bg-slate-100 px-2 py-0.5 text-sm dark:bg-slate-800" data-testid="verdict">
              {VERDICT[s.verdict] ?? s.verdict}
            </span>
          </p>
          {s.wrongAnswerMatch ? (
            <p role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800 dark:bg-red-950 dark:text-red-200">
              ⚠ Misconception:{" "}
              {reveal.wrongAnswer
                ? `“${reveal.wrongAnswer}” is the common wrong answer to avoid.`
                : "this is a common wrong answer."}
            </p>
          ) : null}
          <p className="text-sm">{s.feedback}</p>
        </div>
      ) : null}
      <div>
        <h2 className="text-sm font-semibold">{answerHeading(reveal)}</h2>
        {reveal.answerSource === "lesson-rough" ? (
          <p className="mt-1 text-sm text-slate-700 dark:text-slate-300" data-testid="rough-notice">
            No sentence of the lesson answers this squarely; this is the closest passage, so a low score here does not
            mean Again on its own.
          </p>
        ) : null}
        <p className="mt-1">
          {s ? (
            <HighlightedAnswer text={reveal.modelAnswer} concepts={s.concepts} />
          ) : (
            reveal.modelAnswer || "No passage of the lesson answers this; see the chapter."
          )}
        </p>
        {s ? (
          <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
            ✓ covered ({s.matched.length}) · ✗ missed ({s.missed.length})
          </p>
        ) : null}
      </div>
      {reveal.wrongAnswer && !s?.wrongAnswerMatch ? (
        <p className="text-sm text-slate-700 dark:text-slate-300">
          Common wrong answer to avoid: “{reveal.wrongAnswer}”
        </p>
      ) : null}
      <Link href={lessonHref} className="text-sm text-brand-700 underline dark:text-brand-300">
        Read it in {reveal.lesson.number}. {reveal.lesson.title}
      </Link>
    </div>
  );
}
