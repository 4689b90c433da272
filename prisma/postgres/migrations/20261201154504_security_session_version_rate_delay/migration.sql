-- AlterTable
ALTER TABLE "RateLimit" ADD COLUMN     "nextAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "sessionVersion" INTEGER NOT NULL DEFAULT 0;
