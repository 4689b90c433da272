-- CreateTable
CREATE TABLE "Deck" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "ownerId" TEXT,
    "teamId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Deck_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Deck_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
-- The built-in course becomes the one deck every user studies: existing lessons,
-- questions and cards take its id through the column default.
INSERT INTO "Deck" ("id", "name", "kind", "createdAt", "updatedAt") VALUES ('course', 'Kubernetes course', 'course', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);

PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Card" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "due" DATETIME NOT NULL,
    "stability" REAL NOT NULL DEFAULT 0,
    "difficulty" REAL NOT NULL DEFAULT 0,
    "elapsedDays" INTEGER NOT NULL DEFAULT 0,
    "scheduledDays" INTEGER NOT NULL DEFAULT 0,
    "learningSteps" INTEGER NOT NULL DEFAULT 0,
    "reps" INTEGER NOT NULL DEFAULT 0,
    "lapses" INTEGER NOT NULL DEFAULT 0,
    "state" INTEGER NOT NULL DEFAULT 0,
    "lastReview" DATETIME,
    "suspended" BOOLEAN NOT NULL DEFAULT false,
    "buriedUntil" DATETIME,
    "leech" BOOLEAN NOT NULL DEFAULT false,
    "newOrder" INTEGER NOT NULL DEFAULT 0,
    "retired" BOOLEAN NOT NULL DEFAULT false,
    "deckId" TEXT NOT NULL DEFAULT 'course',
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Card_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Card_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Card_deckId_fkey" FOREIGN KEY ("deckId") REFERENCES "Deck" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Card" ("buriedUntil", "createdAt", "difficulty", "due", "elapsedDays", "id", "lapses", "lastReview", "learningSteps", "leech", "newOrder", "questionId", "reps", "retired", "scheduledDays", "stability", "state", "suspended", "updatedAt", "userId", "version") SELECT "buriedUntil", "createdAt", "difficulty", "due", "elapsedDays", "id", "lapses", "lastReview", "learningSteps", "leech", "newOrder", "questionId", "reps", "retired", "scheduledDays", "stability", "state", "suspended", "updatedAt", "userId", "version" FROM "Card";
DROP TABLE "Card";
ALTER TABLE "new_Card" RENAME TO "Card";
CREATE INDEX "Card_userId_due_idx" ON "Card"("userId", "due");
CREATE INDEX "Card_userId_state_suspended_retired_due_buriedUntil_idx" ON "Card"("userId", "state", "suspended", "retired", "due", "buriedUntil");
CREATE INDEX "Card_userId_state_newOrder_idx" ON "Card"("userId", "state", "newOrder");
CREATE INDEX "Card_userId_deckId_state_suspended_retired_due_idx" ON "Card"("userId", "deckId", "state", "suspended", "retired", "due");
CREATE INDEX "Card_deckId_idx" ON "Card"("deckId");
CREATE INDEX "Card_questionId_idx" ON "Card"("questionId");
CREATE UNIQUE INDEX "Card_userId_questionId_key" ON "Card"("userId", "questionId");
CREATE TABLE "new_Lesson" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "tagline" TEXT NOT NULL,
    "minutes" INTEGER NOT NULL,
    "level" TEXT NOT NULL,
    "eli5" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "sourceFile" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "retired" BOOLEAN NOT NULL DEFAULT false,
    "deckId" TEXT NOT NULL DEFAULT 'course',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Lesson_deckId_fkey" FOREIGN KEY ("deckId") REFERENCES "Deck" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Lesson" ("body", "contentHash", "createdAt", "eli5", "id", "level", "minutes", "number", "retired", "slug", "sourceFile", "tagline", "title", "updatedAt") SELECT "body", "contentHash", "createdAt", "eli5", "id", "level", "minutes", "number", "retired", "slug", "sourceFile", "tagline", "title", "updatedAt" FROM "Lesson";
DROP TABLE "Lesson";
ALTER TABLE "new_Lesson" RENAME TO "Lesson";
CREATE UNIQUE INDEX "Lesson_slug_key" ON "Lesson"("slug");
CREATE INDEX "Lesson_number_idx" ON "Lesson"("number");
CREATE INDEX "Lesson_deckId_idx" ON "Lesson"("deckId");
CREATE TABLE "new_Question" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "key" TEXT NOT NULL,
    "lessonId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "prompt" TEXT NOT NULL,
    "modelAnswer" TEXT NOT NULL,
    "answerSource" TEXT NOT NULL DEFAULT 'author',
    "sectionSlug" TEXT,
    "wrongAnswer" TEXT,
    "authorExamples" TEXT NOT NULL DEFAULT '[]',
    "position" INTEGER NOT NULL,
    "sortKey" INTEGER NOT NULL DEFAULT 0,
    "contentHash" TEXT NOT NULL,
    "retired" BOOLEAN NOT NULL DEFAULT false,
    "deckId" TEXT NOT NULL DEFAULT 'course',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Question_lessonId_fkey" FOREIGN KEY ("lessonId") REFERENCES "Lesson" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Question_deckId_fkey" FOREIGN KEY ("deckId") REFERENCES "Deck" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Question" ("answerSource", "authorExamples", "contentHash", "createdAt", "id", "key", "kind", "lessonId", "modelAnswer", "position", "prompt", "retired", "sectionSlug", "sortKey", "updatedAt", "wrongAnswer") SELECT "answerSource", "authorExamples", "contentHash", "createdAt", "id", "key", "kind", "lessonId", "modelAnswer", "position", "prompt", "retired", "sectionSlug", "sortKey", "updatedAt", "wrongAnswer" FROM "Question";
DROP TABLE "Question";
ALTER TABLE "new_Question" RENAME TO "Question";
CREATE UNIQUE INDEX "Question_key_key" ON "Question"("key");
CREATE INDEX "Question_lessonId_position_idx" ON "Question"("lessonId", "position");
CREATE INDEX "Question_sortKey_idx" ON "Question"("sortKey");
CREATE INDEX "Question_deckId_retired_idx" ON "Question"("deckId", "retired");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "Deck_ownerId_idx" ON "Deck"("ownerId");

-- CreateIndex
CREATE INDEX "Deck_teamId_idx" ON "Deck"("teamId");
