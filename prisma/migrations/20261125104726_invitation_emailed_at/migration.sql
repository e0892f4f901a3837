-- AlterTable
ALTER TABLE "invitation" ADD COLUMN     "emailedAt" TIMESTAMPTZ(3);

-- CreateIndex
CREATE INDEX "invitation_emailedAt_idx" ON "invitation"("emailedAt");

-- CreateIndex
CREATE INDEX "invitation_createdById_emailedAt_idx" ON "invitation"("createdById", "emailedAt");
