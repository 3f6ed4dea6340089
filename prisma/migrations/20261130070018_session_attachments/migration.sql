-- CreateEnum
CREATE TYPE "AttachmentKind" AS ENUM ('SIGN_IN_SHEET', 'ACTIVITY');

-- CreateTable
CREATE TABLE "SessionAttachment" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "groupId" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "kind" "AttachmentKind" NOT NULL,
    "mime" TEXT NOT NULL,
    "byteSize" INTEGER NOT NULL,
    "width" INTEGER,
    "height" INTEGER,
    "caption" TEXT NOT NULL DEFAULT '',
    "bytes" BYTEA NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SessionAttachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SessionAttachmentMember" (
    "organizationId" TEXT NOT NULL,
    "attachmentId" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,

    CONSTRAINT "SessionAttachmentMember_pkey" PRIMARY KEY ("attachmentId","memberId")
);

-- CreateIndex
CREATE INDEX "SessionAttachment_sessionId_createdAt_idx" ON "SessionAttachment"("sessionId", "createdAt");

-- CreateIndex
CREATE INDEX "SessionAttachment_organizationId_idx" ON "SessionAttachment"("organizationId");

-- CreateIndex
CREATE INDEX "SessionAttachmentMember_memberId_idx" ON "SessionAttachmentMember"("memberId");

-- AddForeignKey
ALTER TABLE "SessionAttachment" ADD CONSTRAINT "SessionAttachment_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionAttachmentMember" ADD CONSTRAINT "SessionAttachmentMember_attachmentId_fkey" FOREIGN KEY ("attachmentId") REFERENCES "SessionAttachment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionAttachmentMember" ADD CONSTRAINT "SessionAttachmentMember_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE CASCADE ON UPDATE CASCADE;
