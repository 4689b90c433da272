// Calendar arithmetic on the reviewer's own days (YYYY-MM-DD strings from
// lib/review/user-day.ts). Weeks run Monday to Sunday. Pure.

/** The day `n` calendar days after `day` (negative: before). */
export function shiftDay(day: string, n: number): string {
  const t = new Date(`${day}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + n);
  return t.toISOString().slice(0, 10);
}

/** Monday and Sunday of the week holding `day`; `weeksBack` 1 is the week before. */
export function weekOf(day: string, weeksBack = 0): { from: string; to: string } {
  const weekday = (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  const from = shiftDay(day, -weekday - 7 * weeksBack);
  return { from, to: shiftDay(from, 6) };
}

/** First day of the month holding `day`. */
export const monthStart = (day: string) => `${day.slice(0, 7)}-01`;
