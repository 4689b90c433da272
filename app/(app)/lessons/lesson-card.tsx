// One chapter in the Lessons list. The title link is stretched over the whole
// card (after:absolute) so the card is one tap target on a phone, while the
// link's accessible name stays just the title.
import Link from "next/link";
import type { TLessonSummary } from "@/lib/lessons/get-lessons";
import { ChapterMeta } from "./chapter-meta";
import { count } from "@/lib/ui/plural";

export function LessonCard({ lesson: l }: { lesson: TLessonSummary }) {
  const percent = l.total ? Math.round((l.reviewed / l.total) * 100) : 0;
  return (
    <li className="relative rounded-lg border border-slate-200 p-4 focus-within:ring-2 focus-within:ring-brand-500 hover:border-brand-500 dark:border-slate-800 dark:hover:border-brand-500">
      <ChapterMeta number={l.number} minutes={l.minutes} level={l.level} />
      <h2 className="mt-1 text-lg font-semibold">
        <Link href={`/lessons/${l.slug}`} className="after:absolute after:inset-0 focus:outline-none">
          {l.title}
        </Link>
      </h2>
      {l.tagline ? <p className="text-slate-700 dark:text-slate-300">{l.tagline}</p> : null}
      <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">
        {l.recall} recall · {l.interview} Q&amp;A
      </p>
      <div className="mt-3 h-2 overflow-hidden rounded-full bg-slate-100 dark:bg-slate-800" aria-hidden="true">
        <div className="h-full rounded-full bg-brand-500" style={{ width: `${percent}%` }} />
      </div>
      <p className="mt-1 flex flex-wrap justify-between gap-x-4 text-sm">
        <span>
          {l.reviewed} of {count(l.total, "card")} reviewed
        </span>
        <span
          className={l.due ? "font-semibold text-brand-700 dark:text-brand-300" : "text-slate-700 dark:text-slate-300"}
        >
          {l.due} due
        </span>
      </p>
    </li>
  );
}
