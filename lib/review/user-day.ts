// A user's day: see lib/days/days.ts, the one day-and-zone module.
export { offsetMinutes, userDay, type TUserClock } from "@/lib/days/days";
