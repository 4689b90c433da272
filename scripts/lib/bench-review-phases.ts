// Where one review's time goes, phase by phase, on the app's own client: the
// token lookup every API request makes, the read before the write, ts-fsrs,
// and the whole recordReview (the write is what is left). Each is the mean of
// `n` calls, so the parts stay readable on a shared machine.
import { createDb } from "@/lib/db/client";
import { recordReview } from "@/lib/review/record-review";
import { readReviewContext } from "@/lib/review/read-review-context";
import { makeScheduler, toFsrsCard } from "@/lib/review/scheduler";
import { userDay } from "@/lib/review/user-day";
import { readTokenUser } from "@/lib/tokens/read-token-user";
import { hashToken } from "@/lib/tokens/token-hash";
import type { TBenchUser } from "./bench-db";
import { reviewInput } from "./bench-http";
import { fmt, formatTable } from "./bench-table";

async function meanMs(n: number, call: () => unknown): Promise<number> {
  for (let i = 0; i < 20; i++) await call();
  const t0 = performance.now();
  for (let i = 0; i < n; i++) await call();
  return (performance.now() - t0) / n;
}

export async function printReviewPhases(url: string, label: string, u: TBenchUser, n = 500): Promise<void> {
  const db = createDb(url);
  try {
    const cardId = u.cardIds[0]!;
    const { day } = userDay(u.user, new Date());
    const read = (await readReviewContext(db, u.user.id, cardId, day))!;
    const tokenHash = hashToken(u.token);
    const auth = await meanMs(n, () => readTokenUser(db, tokenHash));
    const before = await meanMs(n, () => readReviewContext(db, u.user.id, cardId, day));
    const fsrs = await meanMs(n, () => makeScheduler(u.user).next(toFsrsCard(read.card), new Date(), 3));
    const whole = await meanMs(n, () => recordReview(db, u.user, reviewInput(u), new Date()));
    console.log(`\n### one review, phase by phase [${label}] (mean of ${n} calls each, ms)`);
    console.log(
      formatTable(
        ["token lookup (per API request)", "read before the write", "ts-fsrs", "write and the rest", "recordReview"],
        [[fmt(auth, 3), fmt(before, 3), fmt(fsrs, 3), fmt(whole - before - fsrs, 3), fmt(whole, 3)]],
      ),
    );
  } finally {
    await db.$disconnect();
  }
}
