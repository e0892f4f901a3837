-- AlterTable
ALTER TABLE "evidence_archive" ADD COLUMN     "waybackAt" TIMESTAMPTZ(3),
ADD COLUMN     "waybackError" TEXT,
ADD COLUMN     "waybackState" TEXT,
ADD COLUMN     "waybackUrl" TEXT;

-- AlterTable
ALTER TABLE "evidence_snapshot" ADD COLUMN     "screenshot" BYTEA,
ADD COLUMN     "screenshotError" TEXT,
ADD COLUMN     "screenshotState" TEXT;

-- AlterTable
ALTER TABLE "workspace" ADD COLUMN     "archiveScreenshots" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "archiveWayback" BOOLEAN NOT NULL DEFAULT false;
