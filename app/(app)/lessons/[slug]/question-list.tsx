// The chapter's questions with their answers folded away, so a reader can try
// each one before looking. <details> needs no client JavaScript.
import type { ReactNode } from "react";
import type { TLessonQuestion } from "@/lib/lessons/get-lesson";

export function QuestionList({
  id,
  title,
  questions,
  answer,
}: {
  id: string;
  title: string;
  questions: TLessonQuestion[];
  answer: (q: TLessonQuestion) => ReactNode;
}) {
  if (!questions.length) return null;
  return (
    <section aria-labelledby={id} className="space-y-3">
      <h2 id={id} className="scroll-mt-4 text-xl font-semibold">
        {title}
      </h2>
      <ol className="space-y-3">
        {questions.map((q) => (
          <li key={q.id} className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
            <p className="font-medium">{q.prompt}</p>
            <details className="group mt-2">
              <summary className="cursor-pointer text-sm font-medium text-brand-700 select-none dark:text-brand-300">
                <span className="group-open:hidden">Show model answer</span>
                <span className="hidden group-open:inline">Hide model answer</span>
              </summary>
              <div className="mt-2 space-y-2 border-l-2 border-slate-200 pl-3 dark:border-slate-700">{answer(q)}</div>
            </details>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** Recall answers are passages of the lesson: point back at where they came from. */
export function RecallAnswer({ q, headings }: { q: TLessonQuestion; headings: Map<string, string> }) {
  const heading = q.sectionSlug ? headings.get(q.sectionSlug) : undefined;
  if (!q.modelAnswer)
    return (
      <p className="text-slate-600 dark:text-slate-400">
        No passage of the lesson answers this one directly: re-read the sections above.
      </p>
    );
  return (
    <>
      <p className="leading-relaxed">{q.modelAnswer}</p>
      {q.answerSource === "lesson" && q.sectionSlug ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          From the lesson:{" "}
          <a href={`#${q.sectionSlug}`} className="text-brand-700 underline dark:text-brand-300">
            {heading ?? "read the section"}
          </a>
        </p>
      ) : null}
    </>
  );
}

export function InterviewAnswer({ q }: { q: TLessonQuestion }) {
  return (
    <>
      <p className="leading-relaxed">{q.modelAnswer}</p>
      {q.wrongAnswer ? (
        <p className="rounded-md bg-amber-50 p-3 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-200">
          <span className="font-semibold">Common wrong answer to avoid:</span> <q>{q.wrongAnswer}</q>
        </p>
      ) : null}
    </>
  );
}
