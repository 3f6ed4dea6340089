-- AlterTable
ALTER TABLE "Group" ADD COLUMN     "budget" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "risks" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "staffing" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "theoreticalBasis" TEXT NOT NULL DEFAULT '';
