-- CreateIndex
CREATE INDEX "article_workspaceId_outlet_createdAt_idx" ON "article"("workspaceId", "outlet", "createdAt");
