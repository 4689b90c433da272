// The "Chapter 01 · 18 min · intermediate" line shared by the list and the
// lesson page. Minutes and level are optional in content (0 / "" when absent).
export const chapterLabel = (n: number) => `Chapter ${String(n).padStart(2, "0")}`;

export function ChapterMeta({ number, minutes, level }: { number: number; minutes: number; level: string }) {
  const parts = [chapterLabel(number), minutes > 0 ? `${minutes} min` : null, level || null].filter(Boolean);
  return <p className="text-sm text-slate-600 dark:text-slate-400">{parts.join(" · ")}</p>;
}
