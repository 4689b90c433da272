-- DropIndex
DROP INDEX "Card_userId_state_due_idx";

-- CreateIndex
CREATE INDEX "Card_userId_state_suspended_retired_due_buriedUntil_idx" ON "Card"("userId", "state", "suspended", "retired", "due", "buriedUntil");
