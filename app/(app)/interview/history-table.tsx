import Link from "next/link";
import type { THistoryRow } from "@/lib/interviews/list-interviews";

const date = (iso: string) =>
  new Date(iso).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export function HistoryTable({ rows }: { rows: THistoryRow[] }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm" data-testid="interview-history">
        <thead className="border-b border-slate-200 text-slate-600 dark:text-slate-400 dark:border-slate-800">
          <tr>
            <th className="py-2 pr-3 font-medium">Date (UTC)</th>
            <th className="py-2 pr-3 font-medium">Scope</th>
            <th className="py-2 pr-3 font-medium">Questions</th>
            <th className="py-2 font-medium">Score</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className="border-b border-slate-100 dark:border-slate-900">
              <td className="py-2 pr-3">
                <Link href={`/interview/${r.id}`} className="text-brand-700 underline dark:text-brand-300">
                  {date(r.startedAt)}
                </Link>
                {r.mode === "retry" ? (
                  <span className="ml-2 text-xs text-slate-600 dark:text-slate-400">retry</span>
                ) : null}
                {r.endedEarly ? (
                  <span className="ml-2 text-xs text-slate-600 dark:text-slate-400" data-testid="ended-early">
                    ended early
                  </span>
                ) : null}
              </td>
              <td className="py-2 pr-3">{r.scope}</td>
              <td className="py-2 pr-3">{r.questions}</td>
              <td className="py-2 font-medium">{r.status === "running" ? "running" : `${r.score ?? 0}%`}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
