// Team weeks on the reviewer's own days: see lib/days/days.ts, the one day-and-zone module.
export { addDays as shiftDay, monthStart, weekOf } from "@/lib/days/days";
