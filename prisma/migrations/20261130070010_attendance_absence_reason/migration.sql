-- CreateEnum
CREATE TYPE "AbsenceReason" AS ENUM ('ILL', 'FAMILY', 'SCHEDULE_CONFLICT', 'TRANSPORT', 'NOT_STATED');

-- AlterTable
ALTER TABLE "Attendance" ADD COLUMN     "absenceReason" "AbsenceReason";
