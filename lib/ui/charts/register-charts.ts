"use client";
// Only the chart.js parts the Stats page draws are registered, so the bundle
// carries no other controllers, scales or plugins (react-chartjs-2's <Bar> and
// <Line> register their own controllers).
import { BarElement, CategoryScale, Chart, Legend, LinearScale, LineElement, PointElement, Tooltip } from "chart.js";
import { MatrixController, MatrixElement } from "chartjs-chart-matrix";

Chart.register(
  CategoryScale,
  LinearScale,
  BarElement,
  LineElement,
  PointElement,
  Tooltip,
  Legend,
  MatrixController,
  MatrixElement,
);

export { Chart };
