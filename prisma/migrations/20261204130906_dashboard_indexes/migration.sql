-- DropIndex
DROP INDEX "claim_event_claimId_at_idx";

-- CreateIndex
CREATE INDEX "claim_workspaceId_publishedAt_idx" ON "claim"("workspaceId", "publishedAt");

-- CreateIndex
CREATE INDEX "claim_workspaceId_deletedAt_idx" ON "claim"("workspaceId", "deletedAt");

-- CreateIndex
CREATE INDEX "claim_event_claimId_at_kind_idx" ON "claim_event"("claimId", "at", "kind");

-- CreateIndex
CREATE INDEX "claim_event_workspaceId_kind_at_claimId_idx" ON "claim_event"("workspaceId", "kind", "at", "claimId");
