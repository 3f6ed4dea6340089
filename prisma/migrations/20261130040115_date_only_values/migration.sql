-- Date-only values become DATE columns. They were written as the instant of local midnight in the
-- organization's time zone (or, from the conflict form, as UTC midnight); each keeps the calendar date it
-- meant: a value at exactly UTC midnight is already that date, any other is read in the organization's zone.

UPDATE "Group" AS g
SET "startDate" = ((g."startDate" AT TIME ZONE 'UTC') AT TIME ZONE o."timeZone")::date
FROM "Organization" AS o
WHERE o."id" = g."organizationId" AND g."startDate" IS NOT NULL AND g."startDate"::time <> '00:00';

UPDATE "Member" AS m
SET "consentDate" = ((m."consentDate" AT TIME ZONE 'UTC') AT TIME ZONE o."timeZone")::date
FROM "Organization" AS o
WHERE o."id" = m."organizationId" AND m."consentDate" IS NOT NULL AND m."consentDate"::time <> '00:00';

UPDATE "ConflictLog" AS c
SET "followUpAt" = ((c."followUpAt" AT TIME ZONE 'UTC') AT TIME ZONE o."timeZone")::date
FROM "Organization" AS o
WHERE o."id" = c."organizationId" AND c."followUpAt" IS NOT NULL AND c."followUpAt"::time <> '00:00';

-- AlterTable
ALTER TABLE "ConflictLog" ALTER COLUMN "followUpAt" SET DATA TYPE DATE;

-- AlterTable
ALTER TABLE "Group" ALTER COLUMN "startDate" SET DATA TYPE DATE;

-- AlterTable
ALTER TABLE "Member" ALTER COLUMN "consentDate" SET DATA TYPE DATE;
