-- pg_trgm (in contrib of PostgreSQL 15 and the embedded 18): the trigram index pre-filters
-- "already checked?" candidates on the stored similarity key (decision 027).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- AlterTable
ALTER TABLE "claim" ADD COLUMN     "similarityKey" TEXT NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "claim_link" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "fromClaimId" TEXT NOT NULL,
    "toClaimId" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "claim_link_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "suggestion_dismissal" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "articleVersionId" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "dismissedById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "suggestion_dismissal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "suggestion_cache" (
    "articleVersionId" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "checkedFingerprint" TEXT NOT NULL,
    "suggestions" JSONB NOT NULL,
    "computedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "suggestion_cache_pkey" PRIMARY KEY ("articleVersionId")
);

-- CreateTable
CREATE TABLE "reference_review" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "publisher" TEXT NOT NULL DEFAULT '',
    "claimReviewed" TEXT NOT NULL,
    "ratingName" TEXT NOT NULL DEFAULT '',
    "ratingValue" TEXT,
    "reviewedAt" TIMESTAMPTZ(3),
    "author" TEXT NOT NULL DEFAULT '',
    "claimant" TEXT NOT NULL DEFAULT '',
    "appearanceUrl" TEXT,
    "similarityKey" TEXT NOT NULL DEFAULT '',
    "importedById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "reference_review_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "claim_link_toClaimId_idx" ON "claim_link"("toClaimId");

-- CreateIndex
CREATE UNIQUE INDEX "claim_link_fromClaimId_toClaimId_key" ON "claim_link"("fromClaimId", "toClaimId");

-- CreateIndex
CREATE UNIQUE INDEX "suggestion_dismissal_articleVersionId_start_end_key" ON "suggestion_dismissal"("articleVersionId", "start", "end");

-- CreateIndex
CREATE INDEX "suggestion_cache_workspaceId_idx" ON "suggestion_cache"("workspaceId");

-- CreateIndex
CREATE INDEX "reference_review_similarity_key_trgm_idx" ON "reference_review" USING GIN ("similarityKey" gin_trgm_ops);

-- CreateIndex
CREATE UNIQUE INDEX "reference_review_workspaceId_url_claimReviewed_key" ON "reference_review"("workspaceId", "url", "claimReviewed");

-- CreateIndex
CREATE INDEX "claim_similarity_key_trgm_idx" ON "claim" USING GIN ("similarityKey" gin_trgm_ops);

-- AddForeignKey
ALTER TABLE "claim_link" ADD CONSTRAINT "claim_link_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_link" ADD CONSTRAINT "claim_link_fromClaimId_fkey" FOREIGN KEY ("fromClaimId") REFERENCES "claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_link" ADD CONSTRAINT "claim_link_toClaimId_fkey" FOREIGN KEY ("toClaimId") REFERENCES "claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "suggestion_dismissal" ADD CONSTRAINT "suggestion_dismissal_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "suggestion_dismissal" ADD CONSTRAINT "suggestion_dismissal_articleVersionId_fkey" FOREIGN KEY ("articleVersionId") REFERENCES "article_version"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "suggestion_cache" ADD CONSTRAINT "suggestion_cache_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "suggestion_cache" ADD CONSTRAINT "suggestion_cache_articleVersionId_fkey" FOREIGN KEY ("articleVersionId") REFERENCES "article_version"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reference_review" ADD CONSTRAINT "reference_review_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;
