-- CreateEnum
CREATE TYPE "GoalVerdict" AS ENUM ('ACHIEVED', 'PARTLY_ACHIEVED', 'NOT_ACHIEVED');

-- CreateTable
CREATE TABLE "GroupGoalVerdict" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "groupId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "goal" TEXT NOT NULL,
    "verdict" "GoalVerdict" NOT NULL,
    "evidence" TEXT NOT NULL DEFAULT '',
    "updatedById" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "GroupGoalVerdict_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "GroupGoalVerdict_groupId_position_key" ON "GroupGoalVerdict"("groupId", "position");

-- AddForeignKey
ALTER TABLE "GroupGoalVerdict" ADD CONSTRAINT "GroupGoalVerdict_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group"("id") ON DELETE CASCADE ON UPDATE CASCADE;
