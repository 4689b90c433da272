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

-- CreateIndex
CREATE INDEX "ReviewLog_cardId_day_idx" ON "ReviewLog"("cardId", "day");

-- CreateIndex
CREATE INDEX "ReviewLog_userId_day_idx" ON "ReviewLog"("userId", "day");
