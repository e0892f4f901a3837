-- CreateTable
CREATE TABLE "saved_view" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "query" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "saved_view_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "saved_view_userId_idx" ON "saved_view"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "saved_view_workspaceId_userId_name_key" ON "saved_view"("workspaceId", "userId", "name");

-- CreateIndex
CREATE INDEX "claim_workspaceId_createdAt_id_idx" ON "claim"("workspaceId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "claim_workspaceId_updatedAt_id_idx" ON "claim"("workspaceId", "updatedAt", "id");

-- CreateIndex
CREATE INDEX "claim_workspaceId_correctedAt_id_idx" ON "claim"("workspaceId", "correctedAt", "id");

-- CreateIndex
CREATE INDEX "claim_claimant_trgm_idx" ON "claim" USING GIN ("claimant" gin_trgm_ops);

-- AddForeignKey
ALTER TABLE "saved_view" ADD CONSTRAINT "saved_view_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "saved_view" ADD CONSTRAINT "saved_view_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;
