-- CreateEnum
CREATE TYPE "ApiTokenScope" AS ENUM ('read', 'write');

-- AlterTable
ALTER TABLE "api_token" ADD COLUMN     "expiresAt" TIMESTAMPTZ(3),
ADD COLUMN     "revokedById" TEXT,
ADD COLUMN     "scope" "ApiTokenScope" NOT NULL DEFAULT 'write';
