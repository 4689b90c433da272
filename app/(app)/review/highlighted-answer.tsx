import type { TConcept } from "@/lib/scoring/types";

/** The model answer with each key concept marked as covered or missed. */
export function HighlightedAnswer({ text, concepts }: { text: string; concepts: TConcept[] }) {
  const spans = [...concepts].filter((c) => c.end > c.start).sort((a, b) => a.start - b.start);
  const out: React.ReactNode[] = [];
  let at = 0;
  for (const c of spans) {
    if (c.start < at) continue;
    out.push(text.slice(at, c.start));
    out.push(
      <mark
        key={c.start}
        data-matched={c.matched}
        title={c.matched ? `matched by: ${c.matchedBy.join(", ")}` : "missed"}
        className={c.matched ? "rounded bg-emerald-100 px-0.5 text-emerald-900 dark:bg-emerald-900 dark:text-emerald-100" : "rounded bg-amber-100 px-0.5 text-amber-900 dark:bg-amber-900 dark:text-amber-100"}
      >
        {text.slice(c.start, c.end)}
      </mark>,
    );
    at = c.end;
  }
  out.push(text.slice(at));
  return <>{out}</>;
}
