-- AlterTable
ALTER TABLE "evidence_snapshot" ADD COLUMN     "unusedSince" TIMESTAMPTZ(3);

-- CreateIndex
CREATE INDEX "evidence_snapshot_unusedSince_idx" ON "evidence_snapshot"("unusedSince");
