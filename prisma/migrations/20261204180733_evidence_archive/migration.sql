-- CreateTable
CREATE TABLE "evidence_snapshot" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "rawBody" BYTEA NOT NULL,
    "text" TEXT NOT NULL,
    "blocks" JSONB NOT NULL,
    "httpStatus" INTEGER NOT NULL,
    "finalUrl" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "charset" TEXT NOT NULL,
    "byteSize" INTEGER NOT NULL,
    "fetchedAt" TIMESTAMPTZ(3) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "evidence_snapshot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "evidence_archive" (
    "evidenceId" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'pending',
    "errorCode" TEXT,
    "error" TEXT,
    "snapshotId" TEXT,
    "archivedAt" TIMESTAMPTZ(3),
    "passageState" TEXT,
    "passageStart" INTEGER,
    "passageEnd" INTEGER,
    "passagePrefix" TEXT,
    "passageSuffix" TEXT,
    "checkState" TEXT,
    "checkDetail" TEXT,
    "checkedAt" TIMESTAMPTZ(3),
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "evidence_archive_pkey" PRIMARY KEY ("evidenceId")
);

-- CreateIndex
CREATE UNIQUE INDEX "evidence_snapshot_workspaceId_contentHash_key" ON "evidence_snapshot"("workspaceId", "contentHash");

-- CreateIndex
CREATE INDEX "evidence_archive_workspaceId_idx" ON "evidence_archive"("workspaceId");

-- CreateIndex
CREATE INDEX "evidence_archive_snapshotId_idx" ON "evidence_archive"("snapshotId");

-- CreateIndex
CREATE INDEX "evidence_archive_state_checkedAt_idx" ON "evidence_archive"("state", "checkedAt");

-- AddForeignKey
ALTER TABLE "evidence_snapshot" ADD CONSTRAINT "evidence_snapshot_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evidence_archive" ADD CONSTRAINT "evidence_archive_evidenceId_fkey" FOREIGN KEY ("evidenceId") REFERENCES "evidence"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evidence_archive" ADD CONSTRAINT "evidence_archive_snapshotId_fkey" FOREIGN KEY ("snapshotId") REFERENCES "evidence_snapshot"("id") ON DELETE SET NULL ON UPDATE CASCADE;
