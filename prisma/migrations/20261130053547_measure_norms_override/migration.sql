-- CreateTable
CREATE TABLE "MeasureNorms" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "measureId" TEXT NOT NULL,
    "reliability" DOUBLE PRECISION,
    "reliabilityKind" "ReliabilityKind",
    "reliabilitySource" TEXT,
    "sd" DOUBLE PRECISION,
    "sdSource" TEXT,
    "functionalMean" DOUBLE PRECISION,
    "functionalSd" DOUBLE PRECISION,
    "clinicalMean" DOUBLE PRECISION,
    "clinicalSd" DOUBLE PRECISION,
    "normSource" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MeasureNorms_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "MeasureNorms_measureId_idx" ON "MeasureNorms"("measureId");

-- CreateIndex
CREATE UNIQUE INDEX "MeasureNorms_organizationId_measureId_key" ON "MeasureNorms"("organizationId", "measureId");

-- AddForeignKey
ALTER TABLE "MeasureNorms" ADD CONSTRAINT "MeasureNorms_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeasureNorms" ADD CONSTRAINT "MeasureNorms_measureId_fkey" FOREIGN KEY ("measureId") REFERENCES "Measure"("id") ON DELETE CASCADE ON UPDATE CASCADE;
