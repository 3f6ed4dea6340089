-- CreateEnum
CREATE TYPE "ResponseSource" AS ENUM ('STAFF', 'SELF_TABLET', 'SELF_LINK');

-- AlterTable
ALTER TABLE "Measure" ADD COLUMN     "answerLabels" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "promptEn" TEXT,
ADD COLUMN     "promptZh" TEXT,
ADD COLUMN     "source" TEXT;

-- AlterTable
ALTER TABLE "MeasureResponse" ADD COLUMN     "source" "ResponseSource" NOT NULL DEFAULT 'STAFF';

-- CreateTable
CREATE TABLE "SelfReportLink" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "groupId" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "measureId" TEXT NOT NULL,
    "point" "MeasurePoint" NOT NULL,
    "sessionId" TEXT,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SelfReportLink_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SelfReportLink_tokenHash_key" ON "SelfReportLink"("tokenHash");

-- CreateIndex
CREATE INDEX "SelfReportLink_groupId_memberId_idx" ON "SelfReportLink"("groupId", "memberId");

-- AddForeignKey
ALTER TABLE "SelfReportLink" ADD CONSTRAINT "SelfReportLink_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SelfReportLink" ADD CONSTRAINT "SelfReportLink_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SelfReportLink" ADD CONSTRAINT "SelfReportLink_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SelfReportLink" ADD CONSTRAINT "SelfReportLink_measureId_fkey" FOREIGN KEY ("measureId") REFERENCES "Measure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SelfReportLink" ADD CONSTRAINT "SelfReportLink_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session"("id") ON DELETE CASCADE ON UPDATE CASCADE;
