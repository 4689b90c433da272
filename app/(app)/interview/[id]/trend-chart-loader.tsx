"use client";
// chart.js is loaded only here, on the report, and only in the browser.
import dynamic from "next/dynamic";
import type { TTrendPoint } from "./trend-chart";

const TrendChart = dynamic(() => import("./trend-chart").then((m) => m.TrendChart), {
  ssr: false,
  loading: () => <div className="h-40" aria-hidden />,
});

export function TrendChartLoader({ points }: { points: TTrendPoint[] }) {
  return <TrendChart points={points} />;
}
