-- CreateEnum
CREATE TYPE "CorrectionRecipient" AS ENUM ('claimant', 'publisher', 'regulator', 'other');

-- CreateEnum
CREATE TYPE "CorrectionChannel" AS ENUM ('email', 'form', 'social', 'letter', 'other');

-- CreateEnum
CREATE TYPE "CorrectionOutcome" AS ENUM ('pending', 'corrected', 'clarified', 'removed', 'declined', 'no_answer');

-- CreateTable
CREATE TABLE "correction_request" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,
    "recipientKind" "CorrectionRecipient" NOT NULL,
    "recipientName" TEXT NOT NULL DEFAULT '',
    "channel" "CorrectionChannel" NOT NULL,
    "sentAt" TIMESTAMPTZ(3) NOT NULL,
    "request" TEXT NOT NULL,
    "internalNote" TEXT NOT NULL DEFAULT '',
    "response" TEXT NOT NULL DEFAULT '',
    "respondedAt" TIMESTAMPTZ(3),
    "outcome" "CorrectionOutcome" NOT NULL DEFAULT 'pending',
    "correctionUrl" TEXT,
    "flaggedAt" TIMESTAMPTZ(3),
    "flagReason" TEXT,
    "flagVersion" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "correction_request_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "correction_request_event" (
    "id" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "actorId" TEXT,
    "actorName" TEXT NOT NULL DEFAULT '',
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "kind" TEXT NOT NULL,
    "field" TEXT,
    "fromValue" TEXT,
    "toValue" TEXT,

    CONSTRAINT "correction_request_event_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "correction_request_claimId_sentAt_idx" ON "correction_request"("claimId", "sentAt");

-- CreateIndex
CREATE INDEX "correction_request_workspaceId_outcome_sentAt_id_idx" ON "correction_request"("workspaceId", "outcome", "sentAt", "id");

-- CreateIndex
CREATE INDEX "correction_request_event_requestId_at_idx" ON "correction_request_event"("requestId", "at");

-- AddForeignKey
ALTER TABLE "correction_request" ADD CONSTRAINT "correction_request_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "correction_request" ADD CONSTRAINT "correction_request_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "correction_request_event" ADD CONSTRAINT "correction_request_event_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "correction_request"("id") ON DELETE CASCADE ON UPDATE CASCADE;
