-- AlterTable
ALTER TABLE "InterviewAnswer" ADD COLUMN "correctedRating" INTEGER;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_InterviewSession" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "lessonId" TEXT,
    "questionCount" INTEGER NOT NULL,
    "secondsPerQuestion" INTEGER NOT NULL,
    "startedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endsAt" DATETIME NOT NULL,
    "finishedAt" DATETIME,
    "score" INTEGER,
    "status" TEXT NOT NULL DEFAULT 'running',
    "mode" TEXT NOT NULL DEFAULT 'weak',
    "scope" TEXT NOT NULL DEFAULT '[]',
    "includeRecall" BOOLEAN NOT NULL DEFAULT false,
    "retryOfId" TEXT,
    "seed" INTEGER NOT NULL DEFAULT 0,
    "endedEarly" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "InterviewSession_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "InterviewSession_lessonId_fkey" FOREIGN KEY ("lessonId") REFERENCES "Lesson" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_InterviewSession" ("endsAt", "finishedAt", "id", "includeRecall", "lessonId", "mode", "questionCount", "retryOfId", "scope", "score", "secondsPerQuestion", "seed", "startedAt", "status", "userId") SELECT "endsAt", "finishedAt", "id", "includeRecall", "lessonId", "mode", "questionCount", "retryOfId", "scope", "score", "secondsPerQuestion", "seed", "startedAt", "status", "userId" FROM "InterviewSession";
DROP TABLE "InterviewSession";
ALTER TABLE "new_InterviewSession" RENAME TO "InterviewSession";
CREATE INDEX "InterviewSession_userId_startedAt_idx" ON "InterviewSession"("userId", "startedAt");
CREATE INDEX "InterviewSession_userId_status_idx" ON "InterviewSession"("userId", "status");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
