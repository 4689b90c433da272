-- AlterTable
ALTER TABLE "Team" ADD COLUMN "inviteExpiresAt" DATETIME;

-- CreateTable
CREATE TABLE "ActivityTotal" (
    "userId" TEXT NOT NULL PRIMARY KEY,
    "reviews" INTEGER NOT NULL DEFAULT 0,
    "points" INTEGER NOT NULL DEFAULT 0,
    "retentionReviews" INTEGER NOT NULL DEFAULT 0,
    "retentionRecalled" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "ActivityTotal_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_DailyActivity" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "reviews" INTEGER NOT NULL DEFAULT 0,
    "newCards" INTEGER NOT NULL DEFAULT 0,
    "correct" INTEGER NOT NULL DEFAULT 0,
    "interviewAnswers" INTEGER NOT NULL DEFAULT 0,
    "points" INTEGER NOT NULL DEFAULT 0,
    "retentionReviews" INTEGER NOT NULL DEFAULT 0,
    "retentionRecalled" INTEGER NOT NULL DEFAULT 0,
    "streak" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "DailyActivity_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_DailyActivity" ("correct", "day", "id", "interviewAnswers", "newCards", "points", "reviews", "userId") SELECT "correct", "day", "id", "interviewAnswers", "newCards", "points", "reviews", "userId" FROM "DailyActivity";
DROP TABLE "DailyActivity";
ALTER TABLE "new_DailyActivity" RENAME TO "DailyActivity";
CREATE INDEX "DailyActivity_day_idx" ON "DailyActivity"("day");
CREATE UNIQUE INDEX "DailyActivity_userId_day_key" ON "DailyActivity"("userId", "day");
CREATE TABLE "new_Membership" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "teamId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "role" TEXT NOT NULL DEFAULT 'member',
    "hidden" BOOLEAN NOT NULL DEFAULT false,
    "joinedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Membership_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Membership" ("id", "joinedAt", "role", "teamId", "userId") SELECT "id", "joinedAt", "role", "teamId", "userId" FROM "Membership";
DROP TABLE "Membership";
ALTER TABLE "new_Membership" RENAME TO "Membership";
CREATE INDEX "Membership_userId_idx" ON "Membership"("userId");
CREATE UNIQUE INDEX "Membership_teamId_userId_key" ON "Membership"("teamId", "userId");
CREATE TABLE "new_ReviewLog" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "cardId" TEXT NOT NULL,
    "rating" INTEGER NOT NULL,
    "state" INTEGER NOT NULL,
    "due" DATETIME NOT NULL,
    "stability" REAL NOT NULL,
    "difficulty" REAL NOT NULL,
    "elapsedDays" INTEGER NOT NULL,
    "lastElapsedDays" INTEGER NOT NULL,
    "scheduledDays" INTEGER NOT NULL,
    "learningSteps" INTEGER NOT NULL,
    "review" DATETIME NOT NULL,
    "answer" TEXT,
    "score" INTEGER,
    "verdict" TEXT,
    "suggestedRating" INTEGER,
    "durationMs" INTEGER,
    "source" TEXT NOT NULL DEFAULT 'daily',
    "nextDue" DATETIME NOT NULL,
    "nextState" INTEGER NOT NULL,
    "leech" BOOLEAN NOT NULL DEFAULT false,
    "idempotencyKey" TEXT NOT NULL,
    "undone" BOOLEAN NOT NULL DEFAULT false,
    "points" INTEGER NOT NULL DEFAULT 0,
    "day" TEXT NOT NULL DEFAULT '',
    "firstOfDay" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ReviewLog_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ReviewLog_cardId_fkey" FOREIGN KEY ("cardId") REFERENCES "Card" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_ReviewLog" ("answer", "cardId", "createdAt", "difficulty", "due", "durationMs", "elapsedDays", "id", "idempotencyKey", "lastElapsedDays", "learningSteps", "leech", "nextDue", "nextState", "rating", "review", "scheduledDays", "score", "source", "stability", "state", "suggestedRating", "undone", "userId", "verdict") SELECT "answer", "cardId", "createdAt", "difficulty", "due", "durationMs", "elapsedDays", "id", "idempotencyKey", "lastElapsedDays", "learningSteps", "leech", "nextDue", "nextState", "rating", "review", "scheduledDays", "score", "source", "stability", "state", "suggestedRating", "undone", "userId", "verdict" FROM "ReviewLog";
DROP TABLE "ReviewLog";
ALTER TABLE "new_ReviewLog" RENAME TO "ReviewLog";
CREATE INDEX "ReviewLog_userId_review_idx" ON "ReviewLog"("userId", "review");
CREATE INDEX "ReviewLog_cardId_review_idx" ON "ReviewLog"("cardId", "review");
CREATE INDEX "ReviewLog_cardId_day_idx" ON "ReviewLog"("cardId", "day");
CREATE INDEX "ReviewLog_userId_day_idx" ON "ReviewLog"("userId", "day");
CREATE UNIQUE INDEX "ReviewLog_userId_idempotencyKey_key" ON "ReviewLog"("userId", "idempotencyKey");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- Data: points used to be +1 per review, and logs written before this migration carry 0
-- points, so the day totals start from 0 too (totals equal the sum over live logs).
UPDATE "DailyActivity" SET "points" = 0;
-- All-time totals for users who reviewed before this migration.
INSERT INTO "ActivityTotal" ("userId", "reviews", "points", "retentionReviews", "retentionRecalled")
SELECT "userId", SUM("reviews"), 0, 0, 0 FROM "DailyActivity" GROUP BY "userId";
