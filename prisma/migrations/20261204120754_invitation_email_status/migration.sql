-- CreateEnum
CREATE TYPE "InvitationEmailStatus" AS ENUM ('queued', 'sent', 'retrying', 'failed');

-- AlterTable
ALTER TABLE "invitation" ADD COLUMN     "emailFailure" TEXT,
ADD COLUMN     "emailStatus" "InvitationEmailStatus";
