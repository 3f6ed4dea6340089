import type { PrismaClient } from '../../db/generated/client';
import type { GroupAccess } from '../access/require-group-access';
import { notFound } from '../../errors';
import { goalsWithVerdicts } from './goal-verdicts';

/** The close page's goal assessment: every goal with its verdict and evidence so far. */
export async function getGoalVerdicts(prisma: PrismaClient, access: GroupAccess) {
	const group = await prisma.group.findUnique({ where: { id: access.groupId }, select: { goals: true } });
	if (!group) throw notFound();
	return {
		canEdit: access.canWrite,
		goals: await goalsWithVerdicts(prisma, access.groupId, group.goals)
	};
}
