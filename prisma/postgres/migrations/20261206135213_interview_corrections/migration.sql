-- AlterTable
ALTER TABLE "InterviewAnswer" ADD COLUMN     "correctedRating" INTEGER;

-- AlterTable
ALTER TABLE "InterviewSession" ADD COLUMN     "endedEarly" BOOLEAN NOT NULL DEFAULT false;
