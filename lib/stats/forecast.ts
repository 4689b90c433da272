// Cards due each day for the next `days` days, from the cards' state now.
// Overdue cards count for today (that is when they will be shown). Pure.
import { addDays } from "./day-keys";

export type TForecastDay = { day: string; due: number };

export function forecast(dues: readonly Date[], dayOf: (at: Date) => string, today: string, days = 30): TForecastDay[] {
  const out = Array.from({ length: days }, (_, i) => ({ day: addDays(today, i), due: 0 }));
  const index = new Map(out.map((d, i) => [d.day, i]));
  const last = out[days - 1]!.day;
  for (const due of dues) {
    const day = dayOf(due);
    if (day > last) continue;
    out[day < today ? 0 : index.get(day)!]!.due++;
  }
  return out;
}
