import fs from "node:fs";
import { createDb } from "@/lib/db/client";
import { createUser } from "@/lib/users/create-user";
import { deploy } from "@/scripts/db/migrate";
import { importCourse } from "./lib/bench-db";
import { addGeneratedQuestions, seedHistory } from "./lib/seed-history";

const url = process.env.DATABASE_URL!;
const now = new Date();
if (!fs.existsSync("/tmp/stats2-prof/ready")) {
  await deploy(url);
  const db = createDb(url);
  await importCourse(db);
  const u = await createUser(db, { name: "Bench", email: `bench@example.com`, password: "bench password 0123", timezone: "UTC" });
  await addGeneratedQuestions(db, u.id, Math.ceil(100_000 / 12), now);
  const t0 = performance.now();
  const s = await seedHistory(db, u.id, { logs: 100_000, days: 730, now, interviews: 30 });
  console.log("seeded", s, ((performance.now() - t0) / 1000).toFixed(0), "s");
  fs.writeFileSync("/tmp/stats2-prof/ready", u.id);
  await db.$disconnect();
}
const userId = fs.readFileSync("/tmp/stats2-prof/ready", "utf8");
const L = await import("@/lib/stats/load-stats");
const R = await import("@/lib/stats/read-stats");
const { db } = await import("@/lib/db");
const user = await db().user.findUniqueOrThrow({ where: { id: userId }, select: { id: true, timezone: true, dayStartHour: true, desiredRetention: true, fsrsWeights: true } });
const time = async (name: string, f: () => Promise<unknown>) => {
  const ts: number[] = [];
  for (let i = 0; i < 5; i++) { const t0 = performance.now(); await f(); ts.push(performance.now() - t0); }
  ts.sort((a, b) => a - b);
  console.log(name.padEnd(22), ts.map((t) => t.toFixed(1)).join(" "));
};
await time("readDayGroups", () => R.readDayGroups(userId, "2025-01-01", now.getTime()));
await time("readRetention", () => R.readRetention(userId, "2025-01-01", now.getTime()));
await time("readActiveDays", () => R.readActiveDays(userId));
await time("readCards", () => R.readCards(userId));
await time("readCourse", () => R.readCourse());
await time("readWrongAnswerCounts", () => R.readWrongAnswerCounts(userId));
await time("readOverrideGroups", () => R.readOverrideGroups(userId));
await time("readInterviewScores", () => R.readInterviewScores(userId));
await time("loadReviews", () => L.loadReviews(user, now));
await time("loadCalendar", () => L.loadCalendar(user, now));
await time("loadForecast", () => L.loadForecast(user, now));
await time("loadRetention", () => L.loadRetention(user, now));
await time("loadCardStats", () => L.loadCardStats(user, now));
await time("loadChapters", () => L.loadChapters(user, now));
await time("loadScorer", () => L.loadScorer(user));
await time("loadInterviews", () => L.loadInterviews(user));
