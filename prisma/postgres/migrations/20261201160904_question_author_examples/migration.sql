-- AlterTable
ALTER TABLE "Question" ADD COLUMN     "authorExamples" TEXT NOT NULL DEFAULT '[]';
