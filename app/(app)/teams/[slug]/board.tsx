import Link from "next/link";
import type { TLeaderboard } from "@/lib/teams/get-leaderboard";
import type { TBoardRow } from "@/lib/teams/rank-rows";
import { count } from "@/lib/ui/plural";

export const BOARD_PAGE_SIZE = 25;
const PERIODS = [
  ["week", "This week"],
  ["last-week", "Last week"],
  ["all", "All time"],
] as const;

const pct = (r: number | null) => (r === null ? "–" : `${Math.round(r * 100)}%`);

function Row({ row }: { row: TBoardRow }) {
  return (
    <tr
      data-testid="board-row"
      data-me={row.me || undefined}
      className={row.me ? "bg-brand-50 font-semibold dark:bg-slate-800" : ""}
    >
      <td className="px-1.5 py-2 tabular-nums sm:px-2">{row.rank}</td>
      <td className="max-w-[7rem] truncate px-1.5 py-2 sm:max-w-xs sm:px-2">
        {row.name}
        {row.me ? <span className="ml-1 text-xs font-normal text-slate-600 dark:text-slate-300">(you)</span> : null}
      </td>
      <td className="px-1.5 py-2 text-right tabular-nums sm:px-2" data-testid="board-points">
        {row.points}
      </td>
      <td className="hidden px-2 py-2 text-right tabular-nums sm:table-cell">{row.reviews}</td>
      <td className="px-1.5 py-2 text-right tabular-nums sm:px-2" data-testid="board-retention">
        {pct(row.retention)}
      </td>
      <td className="px-1.5 py-2 text-right tabular-nums sm:px-2" data-testid="board-streak">
        {row.streak}
      </td>
    </tr>
  );
}

export function Board({ board, page, slug }: { board: TLeaderboard; page: number; slug: string }) {
  const pages = Math.max(1, Math.ceil(board.rows.length / BOARD_PAGE_SIZE));
  const current = Math.min(page, pages);
  const shown = board.rows.slice((current - 1) * BOARD_PAGE_SIZE, current * BOARD_PAGE_SIZE);
  const mine = board.rows.find((r) => r.me);
  const mineOffPage = mine && !shown.includes(mine);
  const href = (p: string, n = 1) => `/teams/${slug}?period=${p}${n > 1 ? `&page=${n}` : ""}`;
  return (
    <section aria-labelledby="board" className="space-y-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="board" className="text-lg font-semibold">
          Leaderboard
        </h2>
        <nav aria-label="Period" className="flex gap-1 text-sm">
          {PERIODS.map(([p, label]) => (
            <Link
              key={p}
              href={href(p)}
              aria-current={board.period === p ? "page" : undefined}
              className="rounded-md px-2 py-1 hover:bg-slate-100 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white dark:hover:bg-slate-800"
            >
              {label}
            </Link>
          ))}
        </nav>
      </div>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        {board.from
          ? `Your week: ${board.from} to ${board.to} (each member's own Monday–Sunday).`
          : `Everything up to ${board.to}.`}
        {board.hiddenCount > 0 ? ` ${count(board.hiddenCount, "member is", "members are")} not listed.` : ""}
      </p>
      <div className="overflow-x-auto rounded-md border border-slate-200 dark:border-slate-800">
        <table className="w-full text-sm">
          <thead className="bg-slate-50 text-left text-xs uppercase tracking-wide text-slate-600 dark:bg-slate-900 dark:text-slate-400">
            <tr>
              <th scope="col" className="px-1.5 py-2 sm:px-2">
                #
              </th>
              <th scope="col" className="px-1.5 py-2 sm:px-2">
                Name
              </th>
              <th scope="col" className="px-1.5 py-2 text-right sm:px-2">
                Points
              </th>
              <th scope="col" className="hidden px-2 py-2 text-right sm:table-cell">
                Reviews
              </th>
              <th
                scope="col"
                className="px-1.5 py-2 text-right sm:px-2"
                title="First reviews of the day of review cards not rated Again"
              >
                Retention
              </th>
              <th scope="col" className="px-1.5 py-2 text-right sm:px-2" title="Days in a row with a review">
                Streak
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
            {shown.length === 0 ? (
              <tr>
                <td colSpan={6} className="px-2 py-4 text-center text-slate-600 dark:text-slate-400">
                  Nobody is listed yet.
                </td>
              </tr>
            ) : null}
            {shown.map((r) => (
              <Row key={r.rank} row={r} />
            ))}
            {mineOffPage ? (
              <>
                <tr aria-hidden>
                  <td colSpan={6} className="px-2 py-1 text-center text-slate-400">
                    …
                  </td>
                </tr>
                <Row row={mine} />
              </>
            ) : null}
          </tbody>
        </table>
      </div>
      {pages > 1 ? (
        <nav aria-label="Board pages" className="flex gap-3 text-sm">
          {current > 1 ? (
            <Link href={href(board.period, current - 1)} className="text-brand-700 dark:text-brand-300 underline">
              Previous
            </Link>
          ) : null}
          <span>
            Page {current} of {pages}
          </span>
          {current < pages ? (
            <Link href={href(board.period, current + 1)} className="text-brand-700 dark:text-brand-300 underline">
              Next
            </Link>
          ) : null}
        </nav>
      ) : null}
    </section>
  );
}
