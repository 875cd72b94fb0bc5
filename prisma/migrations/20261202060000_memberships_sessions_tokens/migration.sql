-- CreateEnum
CREATE TYPE "MembershipRole" AS ENUM ('PENDING', 'MEMBER', 'MANAGER');

-- CreateEnum
CREATE TYPE "AccountTokenPurpose" AS ENUM ('CONFIRM_EMAIL', 'RESET_PASSWORD');

-- DropIndex
DROP INDEX "User_organisationId_idx";

-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "emailDomains" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "membershipNote" TEXT,
ADD COLUMN     "membershipRole" "MembershipRole" NOT NULL DEFAULT 'PENDING';

-- AlterTable
ALTER TABLE "Session" ADD COLUMN     "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- CreateTable
CREATE TABLE "AccountToken" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "purpose" "AccountTokenPurpose" NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AccountToken_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AccountToken_tokenHash_key" ON "AccountToken"("tokenHash");

-- CreateIndex
CREATE INDEX "AccountToken_userId_purpose_idx" ON "AccountToken"("userId", "purpose");

-- CreateIndex
CREATE INDEX "User_organisationId_membershipRole_idx" ON "User"("organisationId", "membershipRole");

-- AddForeignKey
ALTER TABLE "AccountToken" ADD CONSTRAINT "AccountToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Accounts made before e-mail confirmation existed keep acting as before: their
-- addresses count as confirmed, and their memberships as approved, with the
-- earliest active member of each organisation as its manager.
UPDATE "User" SET "emailVerified" = "createdAt" WHERE "emailVerified" IS NULL;

UPDATE "User" SET "membershipRole" = 'MEMBER' WHERE "organisationId" IS NOT NULL;

UPDATE "User" SET "membershipRole" = 'MANAGER'
WHERE "id" IN (
  SELECT DISTINCT ON ("organisationId") "id" FROM "User"
  WHERE "organisationId" IS NOT NULL AND "deactivatedAt" IS NULL
  ORDER BY "organisationId", "createdAt", "id"
);
