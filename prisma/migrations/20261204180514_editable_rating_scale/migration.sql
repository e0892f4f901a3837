-- AlterTable
ALTER TABLE "claim" ADD COLUMN     "publishedRating" JSONB;

-- AlterTable
ALTER TABLE "rating" ADD COLUMN     "color" TEXT,
ADD COLUMN     "retiredAt" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "workspace" ADD COLUMN     "methodologyMarkdown" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "publicPagesEnabled" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "publicSlug" TEXT,
ADD COLUMN     "ratingBest" INTEGER NOT NULL DEFAULT 5,
ADD COLUMN     "ratingWorst" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "rating_change" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "ratingId" TEXT,
    "ratingKey" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "changes" JSONB NOT NULL DEFAULT '{}',
    "actorId" TEXT,
    "actorName" TEXT NOT NULL DEFAULT '',
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "rating_change_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "rating_change_workspaceId_at_idx" ON "rating_change"("workspaceId", "at");

-- CreateIndex
CREATE UNIQUE INDEX "workspace_publicSlug_key" ON "workspace"("publicSlug");

-- AddForeignKey
ALTER TABLE "rating_change" ADD CONSTRAINT "rating_change_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Backfill (decision 040): each workspace's scale ends from its numeric verdicts (a custom scale
-- such as 0–10 keeps its ends; a scale without numbers keeps 1..5).
UPDATE "workspace" w SET "ratingWorst" = b.worst, "ratingBest" = b.best
FROM (SELECT "workspaceId", min(value) AS worst, max(value) AS best FROM "rating" WHERE value IS NOT NULL GROUP BY "workspaceId") b
WHERE b."workspaceId" = w.id AND b.worst < b.best;

-- Backfill: the verdict of every already published claim, as it reads today, becomes its
-- published snapshot, so a later scale edit does not re-rate it.
UPDATE "claim" c SET "publishedRating" = jsonb_build_object('label', r.label, 'value', r.value, 'worst', w."ratingWorst", 'best', w."ratingBest")
FROM "rating" r, "workspace" w
WHERE r.id = c."ratingId" AND w.id = c."workspaceId" AND c.status = 'published';
