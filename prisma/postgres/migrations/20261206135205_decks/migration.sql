-- AlterTable
ALTER TABLE "Card" ADD COLUMN     "deckId" TEXT NOT NULL DEFAULT 'course';

-- AlterTable
ALTER TABLE "Lesson" ADD COLUMN     "deckId" TEXT NOT NULL DEFAULT 'course';

-- AlterTable
ALTER TABLE "Question" ADD COLUMN     "deckId" TEXT NOT NULL DEFAULT 'course';

-- CreateTable
CREATE TABLE "Deck" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "ownerId" TEXT,
    "teamId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Deck_pkey" PRIMARY KEY ("id")
);

-- The built-in course becomes the one deck every user studies: existing lessons,
-- questions and cards take its id through the column default.
INSERT INTO "Deck" ("id", "name", "kind", "createdAt", "updatedAt") VALUES ('course', 'Kubernetes course', 'course', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);

-- CreateIndex
CREATE INDEX "Deck_ownerId_idx" ON "Deck"("ownerId");

-- CreateIndex
CREATE INDEX "Deck_teamId_idx" ON "Deck"("teamId");

-- CreateIndex
CREATE INDEX "Card_userId_deckId_state_suspended_retired_due_idx" ON "Card"("userId", "deckId", "state", "suspended", "retired", "due");

-- CreateIndex
CREATE INDEX "Card_deckId_idx" ON "Card"("deckId");

-- CreateIndex
CREATE INDEX "Lesson_deckId_idx" ON "Lesson"("deckId");

-- CreateIndex
CREATE INDEX "Question_deckId_retired_idx" ON "Question"("deckId", "retired");

-- AddForeignKey
ALTER TABLE "Deck" ADD CONSTRAINT "Deck_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Deck" ADD CONSTRAINT "Deck_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Lesson" ADD CONSTRAINT "Lesson_deckId_fkey" FOREIGN KEY ("deckId") REFERENCES "Deck"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Question" ADD CONSTRAINT "Question_deckId_fkey" FOREIGN KEY ("deckId") REFERENCES "Deck"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Card" ADD CONSTRAINT "Card_deckId_fkey" FOREIGN KEY ("deckId") REFERENCES "Deck"("id") ON DELETE CASCADE ON UPDATE CASCADE;
