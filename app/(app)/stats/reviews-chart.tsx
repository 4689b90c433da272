"use client";
import { useState } from "react";
import { SeriesChart } from "@/lib/ui/charts/bar-chart";
import type { TReviewDay } from "@/lib/stats/reviews-per-day";
import { DataTable } from "./widget";
import { count } from "@/lib/ui/plural";

const RANGES = [30, 90, 365] as const;
const STATES = ["New", "Learning", "Review", "Relearning"];

export function ReviewsChart({ days }: { days: TReviewDay[] }) {
  const [range, setRange] = useState<(typeof RANGES)[number]>(30);
  const shown = days.slice(-range);
  const totals = STATES.map((_, i) => shown.reduce((s, d) => s + d.counts[i]!, 0));
  const all = totals.reduce((a, b) => a + b, 0);
  const minutes = shown.reduce((s, d) => s + d.minutes, 0);
  const active = shown.filter((d) => d.counts.some((c) => c > 0)).length;
  const summary = `Last ${range} days: ${count(all, "review")} (${STATES.map((s, i) => `${totals[i]} ${s.toLowerCase()}`).join(", ")}), ${count(Math.round(minutes), "minute")}, on ${active} of ${range} days.`;
  const labels = shown.map((d) => d.day.slice(5));
  return (
    <div className="space-y-3">
      <div role="group" aria-label="Period" className="flex gap-1">
        {RANGES.map((r) => (
          <button
            key={r}
            type="button"
            aria-pressed={range === r}
            onClick={() => setRange(r)}
            className="rounded-md border border-slate-300 px-3 py-1 text-sm aria-pressed:bg-brand-700 aria-pressed:text-white dark:border-slate-700"
          >
            {r === 365 ? "1 year" : `${r} days`}
          </button>
        ))}
      </div>
      <p className="text-sm text-slate-600 dark:text-slate-400" data-testid="reviews-summary">
        {summary}
      </p>
      <SeriesChart
        testId="chart-reviews"
        labels={labels}
        stacked
        summary={summary}
        yTitle="reviews"
        series={STATES.map((s, i) => ({ label: s, data: shown.map((d) => d.counts[i]!) }))}
      />
      <h3 className="text-sm font-medium">Time spent</h3>
      <SeriesChart
        testId="chart-time"
        labels={labels}
        height={140}
        summary={`Time spent, last ${range} days: ${count(Math.round(minutes), "minute")} in all.`}
        yTitle="minutes"
        series={[{ label: "Minutes", data: shown.map((d) => Math.round(d.minutes * 10) / 10) }]}
      />
      <DataTable
        hidden
        caption={`Reviews per day, last ${range} days`}
        head={["Day", ...STATES, "Minutes"]}
        rows={[...shown]
          .reverse()
          .filter((d) => d.counts.some((c) => c > 0))
          .map((d) => [d.day, ...d.counts, d.minutes.toFixed(1)])}
      />
    </div>
  );
}
