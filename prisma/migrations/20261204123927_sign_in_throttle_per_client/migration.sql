-- The counters are short-lived (15 minutes); the old per-account rows have no key in the new
-- scheme, and the NOT NULL key below would refuse them.
DELETE FROM "sign_in_throttle";

-- AlterTable
ALTER TABLE "sign_in_throttle" DROP CONSTRAINT "sign_in_throttle_pkey",
DROP COLUMN "email",
DROP COLUMN "failures",
DROP COLUMN "lastFailure",
ADD COLUMN     "attempts" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "key" TEXT NOT NULL,
ADD COLUMN     "lastSuccessAt" TIMESTAMPTZ(3),
ADD COLUMN     "windowStartedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD CONSTRAINT "sign_in_throttle_pkey" PRIMARY KEY ("key");
