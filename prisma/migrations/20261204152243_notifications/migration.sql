-- CreateEnum
CREATE TYPE "NotificationKind" AS ENUM ('mentioned', 'assigned', 'review_requested', 'proposal_approved', 'proposal_sent_back', 'verdict_corrected', 'article_changed', 'invitation_accepted');

-- CreateEnum
CREATE TYPE "NotificationDelivery" AS ENUM ('immediate', 'digest', 'off');

-- CreateTable
CREATE TABLE "notification" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "recipientId" TEXT NOT NULL,
    "kind" "NotificationKind" NOT NULL,
    "claimId" TEXT,
    "articleId" TEXT,
    "actorId" TEXT,
    "actorName" TEXT NOT NULL DEFAULT '',
    "payload" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" TIMESTAMPTZ(3),
    "emailedAt" TIMESTAMPTZ(3),
    "emailStatus" TEXT,

    CONSTRAINT "notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "notification_preference" (
    "userId" TEXT NOT NULL,
    "kind" "NotificationKind" NOT NULL,
    "delivery" "NotificationDelivery" NOT NULL,

    CONSTRAINT "notification_preference_pkey" PRIMARY KEY ("userId","kind")
);

-- CreateTable
CREATE TABLE "notification_digest" (
    "userId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "sentAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "notification_digest_pkey" PRIMARY KEY ("userId","day")
);

-- CreateIndex
CREATE INDEX "notification_recipientId_workspaceId_createdAt_id_idx" ON "notification"("recipientId", "workspaceId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "notification_recipientId_emailedAt_idx" ON "notification"("recipientId", "emailedAt");

-- CreateIndex
CREATE INDEX "notification_emailedAt_idx" ON "notification"("emailedAt");

-- CreateIndex
CREATE INDEX "notification_workspaceId_idx" ON "notification"("workspaceId");

-- CreateIndex
CREATE INDEX "notification_claimId_idx" ON "notification"("claimId");

-- CreateIndex
CREATE INDEX "notification_articleId_idx" ON "notification"("articleId");

-- AddForeignKey
ALTER TABLE "notification" ADD CONSTRAINT "notification_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notification" ADD CONSTRAINT "notification_recipientId_fkey" FOREIGN KEY ("recipientId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notification" ADD CONSTRAINT "notification_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notification" ADD CONSTRAINT "notification_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notification_preference" ADD CONSTRAINT "notification_preference_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notification_digest" ADD CONSTRAINT "notification_digest_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;
