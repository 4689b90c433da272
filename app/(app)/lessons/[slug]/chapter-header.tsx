import type { TLessonPage } from "@/lib/lessons/get-lesson";
import { ChapterMeta } from "../chapter-meta";
import { DrillLink } from "./drill-link";

export function ChapterHeader({ lesson: l }: { lesson: TLessonPage }) {
  return (
    <header className="space-y-3">
      <ChapterMeta number={l.number} minutes={l.minutes} level={l.level} />
      <h1 className="text-3xl font-bold tracking-tight">{l.title}</h1>
      {l.tagline ? <p className="text-lg text-slate-700 dark:text-slate-300">{l.tagline}</p> : null}
      <DrillLink slug={l.slug} count={l.questions.length} />
      {l.eli5 ? (
        <aside
          aria-label="ELI5 callback"
          className="rounded-lg border-l-4 border-brand-500 bg-brand-50 p-4 dark:bg-slate-900"
        >
          <p className="text-sm font-semibold text-brand-700 dark:text-brand-300">ELI5 callback</p>
          <p className="mt-1 leading-relaxed">{l.eli5}</p>
        </aside>
      ) : null}
    </header>
  );
}
