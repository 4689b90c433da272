// The user a live token belongs to, read on every API request made with a
// token: one join by the token's unique hash, in raw SQL (lib/db/raw-rows.ts).
import type { TDb } from "@/lib/db/client";
import { rawRows } from "@/lib/db/raw-rows";
import type { Prisma } from "@/lib/db/generated/sqlite/client";
import type { REVIEW_USER_SELECT } from "@/lib/users/review-user-select";

/** The same shape Prisma gives for REVIEW_USER_SELECT (the cookie path reads it through Prisma). */
export type TTokenUser = Prisma.UserGetPayload<{ select: typeof REVIEW_USER_SELECT }>;

const SQL = `SELECT u."id", u."timezone", u."dayStartHour", u."desiredRetention", u."fsrsWeights", u."enableFuzz",
  u."learningSteps", u."relearningSteps", u."newPerDay", u."reviewsPerDay", u."leechThreshold", u."interviewsUpdateSchedule"
FROM "ApiToken" t JOIN "User" u ON u."id" = t."userId" WHERE t."tokenHash" = ? AND t."revokedAt" IS NULL`;

export async function readTokenUser(db: TDb, tokenHash: string): Promise<TTokenUser | null> {
  const [r] = await rawRows(db, SQL, tokenHash);
  if (!r) return null;
  return {
    id: String(r.id),
    timezone: String(r.timezone),
    dayStartHour: Number(r.dayStartHour),
    desiredRetention: Number(r.desiredRetention),
    fsrsWeights: r.fsrsWeights === null ? null : String(r.fsrsWeights),
    enableFuzz: Boolean(r.enableFuzz),
    learningSteps: String(r.learningSteps),
    relearningSteps: String(r.relearningSteps),
    newPerDay: Number(r.newPerDay),
    reviewsPerDay: Number(r.reviewsPerDay),
    leechThreshold: Number(r.leechThreshold),
    interviewsUpdateSchedule: Boolean(r.interviewsUpdateSchedule),
  };
}
