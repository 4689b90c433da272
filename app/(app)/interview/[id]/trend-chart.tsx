"use client";
import { CategoryScale, Chart as ChartJS, LinearScale, LineElement, PointElement, Tooltip } from "chart.js";
import { Line } from "react-chartjs-2";

ChartJS.register(CategoryScale, LinearScale, PointElement, LineElement, Tooltip);

export type TTrendPoint = { id: string; startedAt: string; score: number; questions: number };

export function TrendChart({ points }: { points: TTrendPoint[] }) {
  const dark = typeof window !== "undefined" && window.matchMedia("(prefers-color-scheme: dark)").matches;
  const ink = dark ? "#cbd5e1" : "#334155";
  const grid = dark ? "#1e293b" : "#e2e8f0";
  return (
    <div className="h-40" data-testid="trend-chart">
      {/* The table below the chart is its text alternative. */}
      <Line
        aria-hidden
        data={{
          labels: points.map((_, i) => `#${i + 1}`),
          datasets: [
            { data: points.map((p) => p.score), borderColor: "#0284c7", backgroundColor: "#0284c7", tension: 0.25 },
          ],
        }}
        options={{
          maintainAspectRatio: false,
          animation: false,
          plugins: { legend: { display: false } },
          scales: {
            y: { min: 0, max: 100, ticks: { color: ink }, grid: { color: grid } },
            x: { ticks: { color: ink }, grid: { color: grid } },
          },
        }}
      />
    </div>
  );
}
