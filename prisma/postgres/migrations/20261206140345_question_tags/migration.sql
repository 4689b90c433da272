-- AlterTable
ALTER TABLE "Question" ADD COLUMN     "tags" TEXT NOT NULL DEFAULT '';
