-- CreateEnum
CREATE TYPE "ChangeCheckSchedule" AS ENUM ('off', 'daily', 'weekly', 'daily_then_weekly');

-- CreateEnum
CREATE TYPE "ArticleEventKind" AS ENUM ('metadata_changed', 'version_added', 'deleted', 'restored');

-- AlterTable
ALTER TABLE "article" ADD COLUMN     "deletedAt" TIMESTAMPTZ(3),
ADD COLUMN     "deletedById" TEXT,
ADD COLUMN     "lastCheckedAt" TIMESTAMPTZ(3),
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "article_version" ADD COLUMN     "claimsMoved" INTEGER,
ADD COLUMN     "claimsOrphaned" INTEGER;

-- AlterTable
ALTER TABLE "workspace" ADD COLUMN     "changeCheckSchedule" "ChangeCheckSchedule" NOT NULL DEFAULT 'off';

-- CreateTable
CREATE TABLE "claim_position" (
    "claimId" TEXT NOT NULL,
    "articleVersionId" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "exact" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "claim_position_pkey" PRIMARY KEY ("claimId","articleVersionId")
);

-- CreateTable
CREATE TABLE "article_event" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "actorId" TEXT,
    "kind" "ArticleEventKind" NOT NULL,
    "field" TEXT,
    "fromValue" TEXT,
    "toValue" TEXT,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "article_event_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "claim_position_articleVersionId_idx" ON "claim_position"("articleVersionId");

-- CreateIndex
CREATE INDEX "article_event_articleId_at_idx" ON "article_event"("articleId", "at");

-- CreateIndex
CREATE INDEX "article_deletedAt_idx" ON "article"("deletedAt");

-- AddForeignKey
ALTER TABLE "claim_position" ADD CONSTRAINT "claim_position_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_position" ADD CONSTRAINT "claim_position_articleVersionId_fkey" FOREIGN KEY ("articleVersionId") REFERENCES "article_version"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_event" ADD CONSTRAINT "article_event_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written (decision 042): a deleted article's own search entry is hidden like a deleted
-- claim's (its claims, their evidence and comments are hidden by the claim trigger, since a
-- deletion gives them the article's deletedAt), and comes back on restore.
CREATE OR REPLACE FUNCTION factdesk_search_refresh_article(entity text) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  a record;
  content text;
BEGIN
  SELECT * INTO a FROM "article" WHERE "id" = entity;
  IF NOT FOUND THEN
    DELETE FROM "search_entry" WHERE "id" = 'article:' || entity;
    RETURN;
  END IF;
  SELECT left(v."text", 300000) INTO content FROM "article_version" v WHERE v."articleId" = entity ORDER BY v."number" DESC LIMIT 1;
  PERFORM factdesk_search_put('article', a."id", a."workspaceId", a."id", NULL, a."title", coalesce(content, ''),
    factdesk_search_config(a."language"), a."deletedAt" IS NOT NULL, a."updatedAt", a."title", concat_ws(' ', a."outlet", a."author"), NULL, content);
END $$;

-- The scheduled check writes "lastCheckedAt" on every article it fetches: that alone must not
-- index the article's text again. Only the columns the entry is made of refresh it.
DROP TRIGGER "search_article" ON "article";
CREATE TRIGGER "search_article" AFTER INSERT OR DELETE OR UPDATE OF "title", "outlet", "author", "language", "workspaceId", "updatedAt", "deletedAt"
  ON "article" FOR EACH ROW EXECUTE FUNCTION factdesk_search_article_changed();
