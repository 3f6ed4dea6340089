-- AlterTable
ALTER TABLE "Session" ADD COLUMN     "startedAt" TIMESTAMP(3);
