-- CreateIndex
CREATE INDEX "ReviewLog_userId_day_state_undone_durationMs_idx" ON "ReviewLog"("userId", "day", "state", "undone", "durationMs");

-- CreateIndex
CREATE INDEX "ReviewLog_userId_firstOfDay_day_undone_state_scheduledDays__idx" ON "ReviewLog"("userId", "firstOfDay", "day", "undone", "state", "scheduledDays", "rating");

-- CreateIndex
CREATE INDEX "ReviewLog_userId_suggestedRating_undone_cardId_rating_score_idx" ON "ReviewLog"("userId", "suggestedRating", "undone", "cardId", "rating", "score");

-- CreateIndex
CREATE INDEX "ReviewLog_userId_verdict_undone_cardId_idx" ON "ReviewLog"("userId", "verdict", "undone", "cardId");
