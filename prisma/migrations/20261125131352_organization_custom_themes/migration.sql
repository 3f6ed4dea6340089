-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "customThemes" TEXT[] DEFAULT ARRAY[]::TEXT[];
