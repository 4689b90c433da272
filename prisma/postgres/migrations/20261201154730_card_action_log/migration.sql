-- CreateTable
CREATE TABLE "CardActionLog" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "cardId" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "before" TEXT NOT NULL,
    "undone" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CardActionLog_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CardActionLog_userId_undone_createdAt_idx" ON "CardActionLog"("userId", "undone", "createdAt");

-- CreateIndex
CREATE INDEX "CardActionLog_cardId_idx" ON "CardActionLog"("cardId");

-- AddForeignKey
ALTER TABLE "CardActionLog" ADD CONSTRAINT "CardActionLog_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CardActionLog" ADD CONSTRAINT "CardActionLog_cardId_fkey" FOREIGN KEY ("cardId") REFERENCES "Card"("id") ON DELETE CASCADE ON UPDATE CASCADE;
