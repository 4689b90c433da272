// `npm run db:backfill-days`: stamps review logs written before ReviewLog.day and
// firstOfDay existed (day = ''), user by user, with each user's current settings.
// Safe to run again: stamped rows are left alone. The Stats page reads unstamped
// logs through a slower fallback until this has run.
import { createDb } from "@/lib/db/client";
import { stampLogDays } from "@/lib/stats/stamp-log-days";

const db = createDb(process.env.DATABASE_URL ?? "file:./.data/deckhand.db");
try {
  const users = await db.reviewLog.groupBy({ by: ["userId"], where: { day: "" } });
  let logs = 0;
  for (const { userId } of users) logs += await stampLogDays(db, userId);
  console.log(`Stamped ${logs} review logs of ${users.length} users.`);
} finally {
  await db.$disconnect();
}
