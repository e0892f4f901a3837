-- CreateTable
CREATE TABLE "claim_orphan_note" (
    "claimId" TEXT NOT NULL,
    "articleVersionId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "detail" TEXT NOT NULL,
    "candidateStart" INTEGER,
    "candidateEnd" INTEGER,
    "candidateScore" DOUBLE PRECISION,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "claim_orphan_note_pkey" PRIMARY KEY ("claimId")
);

-- CreateIndex
CREATE INDEX "claim_orphan_note_articleVersionId_idx" ON "claim_orphan_note"("articleVersionId");

-- AddForeignKey
ALTER TABLE "claim_orphan_note" ADD CONSTRAINT "claim_orphan_note_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_orphan_note" ADD CONSTRAINT "claim_orphan_note_articleVersionId_fkey" FOREIGN KEY ("articleVersionId") REFERENCES "article_version"("id") ON DELETE CASCADE ON UPDATE CASCADE;
