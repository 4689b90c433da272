import Link from "next/link";
import type { TChapterLink } from "@/lib/lessons/get-lesson";
import { chapterLabel } from "../chapter-meta";

/** The author's Bridge paragraph, leading into the next chapter when there is one. */
export function NextChapter({ bridge, next }: { bridge: string | null; next: TChapterLink | null }) {
  if (!bridge && !next) return null;
  return (
    <footer className="space-y-3 border-t border-slate-200 pt-6 dark:border-slate-800">
      {bridge ? <p className="italic text-slate-700 dark:text-slate-300">{bridge}</p> : null}
      {next ? (
        <Link
          href={`/lessons/${next.slug}`}
          className="inline-block rounded-md font-medium text-brand-700 underline-offset-2 hover:underline dark:text-brand-300"
        >
          Next: {chapterLabel(next.number)} · {next.title} →
        </Link>
      ) : null}
    </footer>
  );
}
