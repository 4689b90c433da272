/*
  Warnings:

  - A unique constraint covering the columns `[reviewLogId]` on the table `InterviewAnswer` will be added. If there are existing duplicate values, this will fail.
  - A unique constraint covering the columns `[sessionId,idempotencyKey]` on the table `InterviewAnswer` will be added. If there are existing duplicate values, this will fail.
  - Added the required column `userId` to the `InterviewAnswer` table without a default value. This is not possible if the table is not empty.

*/
-- AlterTable
ALTER TABLE "InterviewAnswer" ADD COLUMN     "concepts" TEXT,
ADD COLUMN     "deadline" TIMESTAMP(3),
ADD COLUMN     "feedback" TEXT,
ADD COLUMN     "idempotencyKey" TEXT,
ADD COLUMN     "reviewLogId" TEXT,
ADD COLUMN     "shownAt" TIMESTAMP(3),
ADD COLUMN     "skipped" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "suggestedRating" INTEGER,
ADD COLUMN     "timedOut" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "userId" TEXT NOT NULL;

-- AlterTable
ALTER TABLE "InterviewSession" ADD COLUMN     "includeRecall" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "mode" TEXT NOT NULL DEFAULT 'weak',
ADD COLUMN     "retryOfId" TEXT,
ADD COLUMN     "scope" TEXT NOT NULL DEFAULT '[]',
ADD COLUMN     "seed" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "status" TEXT NOT NULL DEFAULT 'running';

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "interviewsUpdateSchedule" BOOLEAN NOT NULL DEFAULT true;

-- CreateIndex
CREATE UNIQUE INDEX "InterviewAnswer_reviewLogId_key" ON "InterviewAnswer"("reviewLogId");

-- CreateIndex
CREATE INDEX "InterviewAnswer_userId_answeredAt_idx" ON "InterviewAnswer"("userId", "answeredAt");

-- CreateIndex
CREATE UNIQUE INDEX "InterviewAnswer_sessionId_idempotencyKey_key" ON "InterviewAnswer"("sessionId", "idempotencyKey");

-- CreateIndex
CREATE INDEX "InterviewSession_userId_status_idx" ON "InterviewSession"("userId", "status");

-- AddForeignKey
ALTER TABLE "InterviewAnswer" ADD CONSTRAINT "InterviewAnswer_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
