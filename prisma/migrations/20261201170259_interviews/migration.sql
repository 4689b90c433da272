/*
  Warnings:

  - Added the required column `userId` to the `InterviewAnswer` table without a default value. This is not possible if the table is not empty.

*/
-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_InterviewAnswer" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sessionId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "answer" TEXT,
    "score" INTEGER,
    "verdict" TEXT,
    "wrongAnswerMatch" BOOLEAN NOT NULL DEFAULT false,
    "durationMs" INTEGER,
    "answeredAt" DATETIME,
    "userId" TEXT NOT NULL,
    "shownAt" DATETIME,
    "deadline" DATETIME,
    "timedOut" BOOLEAN NOT NULL DEFAULT false,
    "skipped" BOOLEAN NOT NULL DEFAULT false,
    "idempotencyKey" TEXT,
    "suggestedRating" INTEGER,
    "concepts" TEXT,
    "feedback" TEXT,
    "reviewLogId" TEXT,
    CONSTRAINT "InterviewAnswer_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "InterviewSession" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "InterviewAnswer_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "InterviewAnswer_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_InterviewAnswer" ("answer", "answeredAt", "durationMs", "id", "position", "questionId", "score", "sessionId", "verdict", "wrongAnswerMatch") SELECT "answer", "answeredAt", "durationMs", "id", "position", "questionId", "score", "sessionId", "verdict", "wrongAnswerMatch" FROM "InterviewAnswer";
DROP TABLE "InterviewAnswer";
ALTER TABLE "new_InterviewAnswer" RENAME TO "InterviewAnswer";
CREATE UNIQUE INDEX "InterviewAnswer_reviewLogId_key" ON "InterviewAnswer"("reviewLogId");
CREATE INDEX "InterviewAnswer_userId_answeredAt_idx" ON "InterviewAnswer"("userId", "answeredAt");
CREATE UNIQUE INDEX "InterviewAnswer_sessionId_position_key" ON "InterviewAnswer"("sessionId", "position");
CREATE UNIQUE INDEX "InterviewAnswer_sessionId_idempotencyKey_key" ON "InterviewAnswer"("sessionId", "idempotencyKey");
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
    CONSTRAINT "InterviewSession_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "InterviewSession_lessonId_fkey" FOREIGN KEY ("lessonId") REFERENCES "Lesson" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_InterviewSession" ("endsAt", "finishedAt", "id", "lessonId", "questionCount", "score", "secondsPerQuestion", "startedAt", "userId") SELECT "endsAt", "finishedAt", "id", "lessonId", "questionCount", "score", "secondsPerQuestion", "startedAt", "userId" FROM "InterviewSession";
DROP TABLE "InterviewSession";
ALTER TABLE "new_InterviewSession" RENAME TO "InterviewSession";
CREATE INDEX "InterviewSession_userId_startedAt_idx" ON "InterviewSession"("userId", "startedAt");
CREATE INDEX "InterviewSession_userId_status_idx" ON "InterviewSession"("userId", "status");
CREATE TABLE "new_User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT,
    "timezone" TEXT NOT NULL DEFAULT 'UTC',
    "dayStartHour" INTEGER NOT NULL DEFAULT 4,
    "desiredRetention" REAL NOT NULL DEFAULT 0.9,
    "fsrsWeights" TEXT,
    "newPerDay" INTEGER NOT NULL DEFAULT 20,
    "reviewsPerDay" INTEGER NOT NULL DEFAULT 200,
    "enableFuzz" BOOLEAN NOT NULL DEFAULT true,
    "learningSteps" TEXT NOT NULL DEFAULT '1m 10m',
    "relearningSteps" TEXT NOT NULL DEFAULT '10m',
    "leechThreshold" INTEGER NOT NULL DEFAULT 8,
    "interviewsUpdateSchedule" BOOLEAN NOT NULL DEFAULT true,
    "optimizedAt" DATETIME,
    "sessionVersion" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_User" ("createdAt", "dayStartHour", "desiredRetention", "email", "enableFuzz", "fsrsWeights", "id", "learningSteps", "leechThreshold", "name", "newPerDay", "optimizedAt", "passwordHash", "relearningSteps", "reviewsPerDay", "sessionVersion", "timezone", "updatedAt") SELECT "createdAt", "dayStartHour", "desiredRetention", "email", "enableFuzz", "fsrsWeights", "id", "learningSteps", "leechThreshold", "name", "newPerDay", "optimizedAt", "passwordHash", "relearningSteps", "reviewsPerDay", "sessionVersion", "timezone", "updatedAt" FROM "User";
DROP TABLE "User";
ALTER TABLE "new_User" RENAME TO "User";
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
