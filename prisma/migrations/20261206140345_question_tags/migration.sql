-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
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
    "tags" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Question_lessonId_fkey" FOREIGN KEY ("lessonId") REFERENCES "Lesson" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Question_deckId_fkey" FOREIGN KEY ("deckId") REFERENCES "Deck" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Question" ("answerSource", "authorExamples", "contentHash", "createdAt", "deckId", "id", "key", "kind", "lessonId", "modelAnswer", "position", "prompt", "retired", "sectionSlug", "sortKey", "updatedAt", "wrongAnswer") SELECT "answerSource", "authorExamples", "contentHash", "createdAt", "deckId", "id", "key", "kind", "lessonId", "modelAnswer", "position", "prompt", "retired", "sectionSlug", "sortKey", "updatedAt", "wrongAnswer" FROM "Question";
DROP TABLE "Question";
ALTER TABLE "new_Question" RENAME TO "Question";
CREATE UNIQUE INDEX "Question_key_key" ON "Question"("key");
CREATE INDEX "Question_lessonId_position_idx" ON "Question"("lessonId", "position");
CREATE INDEX "Question_sortKey_idx" ON "Question"("sortKey");
CREATE INDEX "Question_deckId_retired_idx" ON "Question"("deckId", "retired");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
