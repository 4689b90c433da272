"use client";
import { Bar, Line } from "react-chartjs-2";
import "./register-charts";
import { SERIES_COLORS, useChartTheme } from "./use-chart-theme";

export type TSeries = { label: string; data: (number | null)[] };
type TProps = {
  labels: string[];
  series: TSeries[];
  summary: string;
  kind?: "bar" | "line";
  stacked?: boolean;
  yTitle?: string;
  yMax?: number;
  testId?: string;
  height?: number;
};

/**
 * A bar or line chart. The canvas is an image whose label is `summary`; the
 * numbers themselves are in the table the server renders next to each chart.
 */
export function SeriesChart({
  labels,
  series,
  summary,
  kind = "bar",
  stacked,
  yTitle,
  yMax,
  testId,
  height = 220,
}: TProps) {
  const t = useChartTheme();
  const data = {
    labels,
    datasets: series.map((s, i) => ({
      label: s.label,
      data: s.data,
      backgroundColor: SERIES_COLORS[i % SERIES_COLORS.length],
      borderColor: SERIES_COLORS[i % SERIES_COLORS.length],
      pointRadius: kind === "line" ? 3 : 0,
      spanGaps: true,
    })),
  };
  const options = {
    responsive: true,
    maintainAspectRatio: false,
    animation: false as const,
    plugins: { legend: { display: series.length > 1, labels: { color: t.text } } },
    scales: {
      // Few labels (histogram bins) are all shown, slanted if need be; many (days) are thinned.
      x: {
        stacked,
        ticks: { color: t.text, maxRotation: labels.length > 12 ? 0 : 50, autoSkip: labels.length > 12 },
        grid: { color: t.grid },
      },
      y: {
        stacked,
        beginAtZero: true,
        ...(yMax !== undefined ? { max: yMax } : {}),
        ticks: { color: t.text },
        grid: { color: t.grid },
        title: { display: Boolean(yTitle), text: yTitle ?? "", color: t.text },
      },
    },
  };
  return (
    <div style={{ height }} data-testid={testId} data-chart>
      {kind === "line" ? (
        <Line data={data} options={options} role="img" aria-label={summary} />
      ) : (
        <Bar data={data} options={options} role="img" aria-label={summary} />
      )}
    </div>
  );
}
