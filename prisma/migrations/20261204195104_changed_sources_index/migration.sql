-- CreateIndex
CREATE INDEX "evidence_archive_workspaceId_checkState_checkedAt_idx" ON "evidence_archive"("workspaceId", "checkState", "checkedAt");
