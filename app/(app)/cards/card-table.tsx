"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { bulkCardsAction } from "@/lib/cards/actions";
import type { TCardRow } from "@/lib/cards/browse-cards";
import { percent, stateName } from "@/lib/cards/labels";
import { count } from "@/lib/ui/plural";

export function CardTable({ rows }: { rows: TCardRow[] }) {
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, start] = useTransition();
  const router = useRouter();
  const all = rows.length > 0 && rows.every((r) => selected.has(r.id));
  const toggle = (id: string) =>
    setSelected((s) => {
      const n = new Set(s);
      if (n.has(id)) n.delete(id);
      else n.add(id);
      return n;
    });
  const run = (action: "suspend" | "unsuspend" | "forget") =>
    start(async () => {
      if (
        action === "forget" &&
        !window.confirm(
          `Forget ${count(selected.size, "card")}? Their scheduling starts over (the review history is kept).`,
        )
      )
        return;
      const r = await bulkCardsAction({ ids: [...selected], action });
      setMessage(
        r.ok
          ? {
              ok: true,
              text: `${count(r.data.changed, "card")}: ${action === "forget" ? "forgotten" : `${action}ed`}.`,
            }
          : { ok: false, text: r.error },
      );
      if (r.ok) {
        setSelected(new Set());
        router.refresh();
      }
    });
  if (!rows.length) return <p className="text-slate-600 dark:text-slate-400">No cards match.</p>;
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-2 text-sm" role="toolbar" aria-label="Selected cards">
        <span>{selected.size} selected</span>
        {(["suspend", "unsuspend", "forget"] as const).map((a) => (
          <button
            key={a}
            type="button"
            disabled={!selected.size || pending}
            onClick={() => run(a)}
            className="rounded-md border border-slate-300 px-3 py-1 disabled:opacity-50 dark:border-slate-700"
          >
            {a[0]!.toUpperCase() + a.slice(1)}
          </button>
        ))}
        {message ? (
          <span
            role={message.ok ? "status" : "alert"}
            className={message.ok ? "text-emerald-700 dark:text-emerald-400" : "text-red-600"}
          >
            {message.text}
          </span>
        ) : null}
      </div>
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <thead>
            <tr className="border-b border-slate-200 dark:border-slate-800">
              <th scope="col" className="py-1 pr-2">
                <input
                  type="checkbox"
                  aria-label="Select all on this page"
                  checked={all}
                  onChange={() => setSelected(all ? new Set() : new Set(rows.map((r) => r.id)))}
                />
              </th>
              <th scope="col" className="py-1 pr-3">
                Question
              </th>
              <th scope="col" className="hidden py-1 pr-3 sm:table-cell">
                State
              </th>
              <th scope="col" className="hidden py-1 pr-3 sm:table-cell">
                Due
              </th>
              <th scope="col" className="hidden py-1 pr-3 sm:table-cell">
                Difficulty
              </th>
              <th scope="col" className="py-1 pr-2 sm:pr-3">
                Recall now
              </th>
              <th scope="col" className="py-1 sm:pr-3">
                Lapses
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr
                key={r.id}
                className="border-b border-slate-100 align-top dark:border-slate-900"
                data-testid="card-row"
              >
                <td className="py-1.5 pr-2">
                  <input
                    type="checkbox"
                    aria-label={`Select: ${r.prompt}`}
                    checked={selected.has(r.id)}
                    onChange={() => toggle(r.id)}
                  />
                </td>
                <td className="py-1.5 pr-3">
                  <Link href={`/cards/${r.id}`} className="text-brand-700 hover:underline dark:text-brand-300">
                    {r.prompt}
                  </Link>
                  <div className="text-xs text-slate-600 dark:text-slate-400">
                    {r.lesson.number}. {r.lesson.title}
                    {r.suspended ? " · suspended" : ""}
                    {r.leech ? " · leech" : ""}
                    {r.buried ? " · buried" : ""}
                  </div>
                  {/* On a phone the State and Due columns fold in here, so Recall and Lapses fit beside the question. */}
                  <div className="text-xs text-slate-600 sm:hidden dark:text-slate-400">
                    {stateName(r.state)}
                    {r.state === 0 ? "" : ` · due ${r.due.slice(0, 10)}`}
                  </div>
                </td>
                <td className="hidden py-1.5 pr-3 sm:table-cell">{stateName(r.state)}</td>
                <td className="hidden py-1.5 pr-3 whitespace-nowrap sm:table-cell">
                  {r.state === 0 ? "new" : r.due.slice(0, 10)}
                </td>
                <td className="hidden py-1.5 pr-3 tabular-nums sm:table-cell">
                  {r.state === 0 ? "–" : r.difficulty.toFixed(1)}
                </td>
                <td className="py-1.5 pr-2 tabular-nums sm:pr-3" data-testid="card-recall">
                  {percent(r.retrievability)}
                </td>
                <td className="py-1.5 tabular-nums sm:pr-3" data-testid="card-lapses">
                  {r.lapses}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
