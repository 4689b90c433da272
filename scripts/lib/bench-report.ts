// The benchmark's printed report: review throughput next to the ceiling,
// where the time goes, the paced row and the queue timings, with the targets.
import type { TProvider } from "@/lib/db/provider";
import type { TLoadResult } from "./bench-load";
import type { TQueueTiming } from "./bench-queue";
import { fmt, formatTable } from "./bench-table";

// The aims (issue #22): a review over HTTP at one client at least 40 % of the empty
// route's rate on the same server; p99 at 50 clients at most 150 ms; in-process
// (the ceiling) at least 1,000 reviews/s on SQLite. Paced clients (people) see p99 < 25 ms.
export const PACED_P99_MS = 25;
export const LOADED_P99_MS = 150;
export const TARGET_RATIO = 0.4;
export const CEILING_MIN = 1_000;
export const QUEUE_TARGET_MS = 15;

export type TRow = { provider: TProvider; http: TLoadResult; floor: TLoadResult; ceiling: TLoadResult };
export type TPacedRow = TLoadResult & { provider: TProvider };

export function printReviews(rows: TRow[]) {
  const pct = (r: TRow) => r.http.perSecond / r.floor.perSecond;
  console.log(
    formatTable(
      [
        "provider",
        "clients",
        "HTTP rev/s",
        "p50 ms",
        "p99 ms",
        "errors",
        "ceiling rev/s",
        "ceil p50",
        "ceil p99",
        "HTTP/floor",
        "floor req/s",
        "floor p50",
        "floor p99",
      ],
      rows.map((r) => [
        r.provider,
        String(r.http.clients),
        fmt(r.http.perSecond, 0),
        fmt(r.http.p50),
        fmt(r.http.p99),
        String(r.http.errors),
        fmt(r.ceiling.perSecond, 0),
        fmt(r.ceiling.p50),
        fmt(r.ceiling.p99),
        `${fmt(100 * pct(r), 0)} %`,
        fmt(r.floor.perSecond, 0),
        fmt(r.floor.p50),
        fmt(r.floor.p99),
      ]),
    ),
  );
  console.log("floor: GET /api/health on the same server, no database or auth — the least any route can cost there");
  console.log(
    "\nwhere an HTTP review's time goes (mean ms; auth, parse and review from the route's Server-Timing, rest = Next + HTTP + client + waiting)",
  );
  console.log(
    formatTable(
      ["provider", "clients", "HTTP mean", "auth", "parse", "review", "rest", "floor mean", "ceiling mean"],
      rows.map(({ provider, http: h, floor: f, ceiling: c }) => {
        const [auth, parse, review] = ["auth", "parse", "review"].map((k) => h.parts[k] ?? Number.NaN) as [
          number,
          number,
          number,
        ];
        return [
          provider,
          String(h.clients),
          fmt(h.mean),
          fmt(auth, 2),
          fmt(parse, 2),
          fmt(review, 2),
          fmt(h.mean - auth - parse - review),
          fmt(f.mean),
          fmt(c.mean),
        ];
      }),
    ),
  );
  for (const r of rows) {
    for (const [kind, x] of [
      ["HTTP", r.http],
      ["ceiling", r.ceiling],
      ["floor", r.floor],
    ] as const) {
      if (x.firstError) console.log(`first error (${r.provider}, ${kind}, ${x.clients} clients): ${x.firstError}`);
    }
  }
  const verdict = (ok: boolean) => (ok ? "ok" : "MISSED");
  console.log("");
  for (const r of rows.filter((r) => r.http.clients === 1))
    console.log(
      `target: ${r.provider} HTTP at 1 client ≥ ${TARGET_RATIO * 100} % of the floor — ${fmt(100 * pct(r), 0)} % → ${verdict(pct(r) >= TARGET_RATIO)}`,
    );
  for (const r of rows.filter((r) => r.http.clients === 50))
    console.log(
      `target: ${r.provider} HTTP p99 at 50 clients ≤ ${LOADED_P99_MS} ms — ${fmt(r.http.p99)} ms → ${verdict(r.http.p99 <= LOADED_P99_MS)}`,
    );
  for (const r of rows.filter((r) => r.provider === "sqlite" && r.ceiling.clients === 1))
    console.log(
      `target: sqlite in-process at 1 client ≥ ${CEILING_MIN} reviews/s — ${fmt(r.ceiling.perSecond, 0)} → ${verdict(r.ceiling.perSecond >= CEILING_MIN)}`,
    );
}

export function printPaced(paced: TPacedRow[], thinkMs: number) {
  console.log(`\npaced: every client thinks 0.5–1.5 × ${thinkMs} ms between reviews (people, not a loop), same server`);
  console.log(
    formatTable(
      ["provider", "clients", "rev/s", "p50 ms", "p99 ms", "errors", `p99 < ${PACED_P99_MS} ms`],
      paced.map((p) => [
        p.provider,
        String(p.clients),
        fmt(p.perSecond, 0),
        fmt(p.p50),
        fmt(p.p99),
        String(p.errors),
        p.p99 < PACED_P99_MS ? "ok" : "MISSED",
      ]),
    ),
  );
}

export function printQueue(timed: [TProvider, TQueueTiming][], cards: number) {
  console.log(
    `\ngetQueue for one user with ${cards.toLocaleString("en")} cards (50 runs after 5 warm-up); target: p95 < ${QUEUE_TARGET_MS} ms`,
  );
  console.log(
    formatTable(
      ["provider", "median ms", "p95 ms", "cards shown", "due", "learning", "new", "target"],
      timed.map(([p, t]) => [
        p,
        fmt(t.median),
        fmt(t.p95),
        String(t.shown),
        String(t.counts.due),
        String(t.counts.learning),
        String(t.counts.new),
        t.p95 < QUEUE_TARGET_MS ? "ok" : "MISSED",
      ]),
    ),
  );
}
