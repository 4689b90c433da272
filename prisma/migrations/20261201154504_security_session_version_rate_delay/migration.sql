-- AlterTable
ALTER TABLE "RateLimit" ADD COLUMN "nextAt" DATETIME;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
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
    "optimizedAt" DATETIME,
    "sessionVersion" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_User" ("createdAt", "dayStartHour", "desiredRetention", "email", "enableFuzz", "fsrsWeights", "id", "learningSteps", "leechThreshold", "name", "newPerDay", "optimizedAt", "passwordHash", "relearningSteps", "reviewsPerDay", "timezone", "updatedAt") SELECT "createdAt", "dayStartHour", "desiredRetention", "email", "enableFuzz", "fsrsWeights", "id", "learningSteps", "leechThreshold", "name", "newPerDay", "optimizedAt", "passwordHash", "relearningSteps", "reviewsPerDay", "timezone", "updatedAt" FROM "User";
DROP TABLE "User";
ALTER TABLE "new_User" RENAME TO "User";
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
