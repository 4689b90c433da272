-- AlterTable
ALTER TABLE "DailyActivity" ADD COLUMN     "retentionRecalled" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "retentionReviews" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "streak" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "Membership" ADD COLUMN     "hidden" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "ReviewLog" ADD COLUMN     "day" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "firstOfDay" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "points" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "Team" ADD COLUMN     "inviteExpiresAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "ActivityTotal" (
    "userId" TEXT NOT NULL,
    "reviews" INTEGER NOT NULL DEFAULT 0,
    "points" INTEGER NOT NULL DEFAULT 0,
    "retentionReviews" INTEGER NOT NULL DEFAULT 0,
    "retentionRecalled" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ActivityTotal_pkey" PRIMARY KEY ("userId")
);

-- CreateIndex
CREATE INDEX "ReviewLog_cardId_day_idx" ON "ReviewLog"("cardId", "day");

-- CreateIndex
CREATE INDEX "ReviewLog_userId_day_idx" ON "ReviewLog"("userId", "day");

-- AddForeignKey
ALTER TABLE "ActivityTotal" ADD CONSTRAINT "ActivityTotal_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Data: points used to be +1 per review, and logs written before this migration carry 0
-- points, so the day totals start from 0 too (totals equal the sum over live logs).
UPDATE "DailyActivity" SET "points" = 0;
-- All-time totals for users who reviewed before this migration.
INSERT INTO "ActivityTotal" ("userId", "reviews", "points", "retentionReviews", "retentionRecalled")
SELECT "userId", SUM("reviews"), 0, 0, 0 FROM "DailyActivity" GROUP BY "userId";
