// `npm run optimize`: "Optimize my schedule" for every user in DATABASE_URL,
// one after another, e.g. from a nightly job. Per user it prints the review
// count, log loss and RMSE before → after, and whether the weights were saved
// (only when they fit that user's reviews better). A progress bar on a
// terminal, plain lines otherwise (logs, CI). Exit status 1 if any user failed.
import fs from "node:fs";
import { pathToFileURL } from "node:url";
import cliProgress from "cli-progress";
import type { TDb } from "@/lib/db/client";
import { optimizeUserWeights, type TOptimizeResult } from "@/lib/review/optimizer/optimize-user";

const pct = (x: number) => `${(x * 100).toFixed(2)}%`;

export function describeResult(email: string, r: TOptimizeResult): string {
  if (!r.ok) {
    const why =
      r.items === undefined
        ? `${r.reviewCount}/${r.needed} reviews`
        : `${r.items}/${r.neededItems} reviews on later days`;
    return `${email}: skipped, not enough reviews yet (${why})`;
  }
  return (
    `${email}: ${r.reviewCount} reviews, log loss ${r.before.logLoss.toFixed(4)} → ${r.after.logLoss.toFixed(4)}, ` +
    `RMSE ${pct(r.before.rmse)} → ${pct(r.after.rmse)}, ${r.saved ? "saved" : "not saved (no better than current weights)"}`
  );
}

export async function optimizeAll(
  db: TDb,
  out: { log: (line: string) => void; tick: (done: number) => void },
  now = new Date(),
) {
  const users = await db.user.findMany({ select: { id: true, email: true }, orderBy: { createdAt: "asc" } });
  let failed = 0;
  for (const [i, u] of users.entries()) {
    try {
      out.log(describeResult(u.email, await optimizeUserWeights(db, u.id, { now })));
    } catch (e) {
      failed++;
      out.log(`${u.email}: failed: ${(e as Error).message}`);
    }
    out.tick(i + 1);
  }
  return { users: users.length, failed };
}

async function main(): Promise<number> {
  await import("dotenv/config");
  const [{ getDb }, { ZEnv }] = await Promise.all([import("@/lib/db/client"), import("@/lib/env")]);
  const db = getDb(ZEnv.shape.DATABASE_URL.parse(process.env.DATABASE_URL));
  const total = await db.user.count();
  const tty = Boolean(process.stdout.isTTY);
  const bars = tty
    ? new cliProgress.MultiBar({
        format: "optimizing [{bar}] {value}/{total} users | {duration_formatted}",
        hideCursor: true,
      })
    : null;
  const bar = bars?.create(total, 0);
  try {
    const { users, failed } = await optimizeAll(db, {
      log: (line) => {
        if (!bars) return console.log(line);
        bars.log(`${line}\n`);
        bars.update(); // flush now: the bar only redraws on its own timer
      },
      tick: (done) => bar?.update(done),
    });
    bars?.stop();
    console.log(`${users} user(s) done${failed ? `, ${failed} failed` : ""}`);
    return failed ? 1 : 0;
  } finally {
    bars?.stop();
    await db.$disconnect();
  }
}

// Run only as a script, so tests can import the helpers.
if (process.argv[1] && import.meta.url === pathToFileURL(fs.realpathSync(process.argv[1])).href) {
  process.exitCode = await main();
}
