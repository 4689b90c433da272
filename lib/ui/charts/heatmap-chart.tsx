"use client";
import type { ChartConfiguration } from "chart.js";
import { Chart } from "react-chartjs-2";
import "./register-charts";
import { useChartTheme } from "./use-chart-theme";
import { weekdayOf } from "@/lib/days/days";
import { count } from "@/lib/ui/plural";

export type THeatDay = { day: string; count: number };
type TProps = { days: THeatDay[]; summary: string; testId?: string };

const WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

/** A year as weeks (columns) by weekdays (rows), like a contribution calendar. */
export function HeatmapChart({ days, summary, testId }: TProps) {
  const t = useChartTheme();
  const max = Math.max(1, ...days.map((d) => d.count));
  const offset = days[0] ? weekdayOf(days[0].day) : 0; // rows start on Monday
  const points = days.map((d, i) => ({ x: Math.floor((i + offset) / 7), y: (i + offset) % 7, v: d.count, day: d.day }));
  const weeks = Math.max(1, (points.at(-1)?.x ?? 0) + 1);
  const empty = t.dark ? "rgba(51,65,85,0.6)" : "rgba(226,232,240,1)";
  const config = {
    data: {
      datasets: [
        {
          label: "Reviews",
          data: points,
          backgroundColor: (c: { raw?: { v: number } }) => {
            const v = c.raw?.v ?? 0;
            return v === 0 ? empty : `rgba(14,165,233,${0.25 + 0.75 * (v / max)})`;
          },
          borderWidth: 0,
          width: (c: { chart: { chartArea?: { width: number } } }) =>
            Math.max(1, (c.chart.chartArea?.width ?? 0) / weeks - 2),
          height: (c: { chart: { chartArea?: { height: number } } }) =>
            Math.max(1, (c.chart.chartArea?.height ?? 0) / 7 - 2),
        },
      ],
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      plugins: {
        legend: { display: false },
        tooltip: {
          callbacks: {
            title: () => "",
            label: (c: { raw: unknown }) => {
              const r = c.raw as { day: string; v: number };
              return `${r.day}: ${count(r.v, "review")}`;
            },
          },
        },
      },
      scales: {
        x: { type: "linear", min: -0.5, max: weeks - 0.5, offset: false, display: false },
        y: {
          type: "linear",
          min: -0.5,
          max: 6.5,
          reverse: true,
          offset: false,
          grid: { display: false },
          ticks: { stepSize: 1, color: t.text, callback: (v: number | string) => WEEKDAYS[Number(v)] ?? "" },
        },
      },
    },
  } as unknown as Omit<ChartConfiguration<"matrix">, "type">;
  return (
    <div style={{ height: 150 }} data-testid={testId} data-chart>
      <Chart type="matrix" data={config.data} options={config.options} role="img" aria-label={summary} />
    </div>
  );
}
