-- CreateEnum
CREATE TYPE "ReliabilityKind" AS ENUM ('TEST_RETEST', 'INTERNAL_CONSISTENCY');

-- AlterTable
ALTER TABLE "Measure" ADD COLUMN     "clinicalMean" DOUBLE PRECISION,
ADD COLUMN     "clinicalSd" DOUBLE PRECISION,
ADD COLUMN     "functionalMean" DOUBLE PRECISION,
ADD COLUMN     "functionalSd" DOUBLE PRECISION,
ADD COLUMN     "normSource" TEXT,
ADD COLUMN     "reliabilityKind" "ReliabilityKind",
ADD COLUMN     "reliabilitySource" TEXT,
ADD COLUMN     "sdSource" TEXT;

-- The built-in three-item loneliness scale: its reliability is Cronbach's α from the scale's paper; its SD has no
-- published source and stays the organization's assumption (sdSource null). The other built-ins' values are
-- assumptions too. Same values as src/lib/domain/measure-catalog.ts.
UPDATE "Measure" SET "reliabilityKind" = 'INTERNAL_CONSISTENCY',
  "reliabilitySource" = 'Hughes, Waite, Hawkley & Cacioppo (2004), Research on Aging 26(6), 655–672: α = .72'
WHERE "key" = 'loneliness-3' AND "organizationId" IS NULL;
