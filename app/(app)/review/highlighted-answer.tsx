import type { TConcept } from "@/lib/scoring/types";

/**
 * The model answer with each key concept marked covered or missed: by colour,
 * by a glyph and underline style (✓ solid, ✗ dashed) and, for screen readers, in words.
 */
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
        title={c.matched ? `covered: ${c.matchedBy.join(", ")}` : "missed"}
        className={
          c.matched
            ? "rounded bg-emerald-100 px-0.5 text-emerald-950 underline decoration-2 underline-offset-2 dark:bg-emerald-900 dark:text-emerald-50"
            : "rounded bg-amber-100 px-0.5 text-amber-950 underline decoration-dashed decoration-2 underline-offset-2 dark:bg-amber-900 dark:text-amber-50"
        }
      >
        <span aria-hidden="true">{c.matched ? "✓" : "✗"}</span>
        {text.slice(c.start, c.end)}
        <span className="sr-only">{c.matched ? " (covered)" : " (missed)"}</span>
      </mark>,
    );
    at = c.end;
  }
  out.push(text.slice(at));
  return <>{out}</>;
}
