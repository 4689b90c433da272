import Link from "next/link";
import { count as countOf } from "@/lib/ui/plural";

/** The chapter's call to action: its cards in the review session (built in app/(app)/review). */
export function DrillLink({ slug, count }: { slug: string; count: number }) {
  return (
    <Link
      href={`/review?lesson=${encodeURIComponent(slug)}`}
      className="inline-flex items-baseline gap-2 rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-500 focus-visible:ring-offset-2 dark:focus-visible:ring-offset-slate-950"
    >
      Drill this chapter
      <span className="text-sm font-normal">({countOf(count, "card")})</span>
    </Link>
  );
}
