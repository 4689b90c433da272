// The frame every Stats widget shares, its loading state, and the table that
// is each chart's text alternative.
export function Widget({ title, id, children }: { title: string; id: string; children: React.ReactNode }) {
  return (
    <section
      aria-labelledby={`${id}-h`}
      data-testid={`widget-${id}`}
      className="space-y-3 rounded-lg border border-slate-200 p-4 dark:border-slate-800"
    >
      <h2 id={`${id}-h`} className="text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

export function WidgetLoading({ title }: { title: string }) {
  return (
    <section aria-busy="true" className="space-y-3 rounded-lg border border-slate-200 p-4 dark:border-slate-800">
      <h2 className="text-lg font-semibold">{title}</h2>
      <div className="h-32 animate-pulse rounded bg-slate-100 dark:bg-slate-900" />
    </section>
  );
}

type TCell = string | number;
export function DataTable({
  caption,
  head,
  rows,
  hidden,
}: {
  caption: string;
  head: string[];
  rows: TCell[][];
  hidden?: boolean;
}) {
  const table = (
    <table className="w-full text-left text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="border-b border-slate-200 dark:border-slate-800">
          {head.map((h) => (
            <th key={h} scope="col" className="py-1 pr-3 font-medium">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => (
          <tr key={i} className="border-b border-slate-100 last:border-0 dark:border-slate-900">
            {r.map((c, j) =>
              j === 0 ? (
                <th key={j} scope="row" className="py-1 pr-3 font-normal">
                  {c}
                </th>
              ) : (
                <td key={j} className="py-1 pr-3 tabular-nums">
                  {c}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
  if (!hidden) return <div className="overflow-x-auto">{table}</div>;
  return (
    <details className="text-sm">
      <summary className="cursor-pointer text-slate-600 dark:text-slate-400">Show as a table</summary>
      <div className="mt-2 max-h-64 overflow-auto">{table}</div>
    </details>
  );
}

export const pct = (r: number | null) => (r === null ? "–" : `${(r * 100).toFixed(1)}%`);
